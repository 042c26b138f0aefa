#!/usr/bin/env bash
# Write-path benchmark (README, "Benchmark: the write path"): wage-complaint filings, enrolments and job applications
# by one worker (wang.worker, a real token of the shipped realm) against the packaged portal, at 1 and 8 connections
# (wrk, closed model), and pgbench's TPC-B on the same PostgreSQL in the same run; prints requests/s, p50 and the
# ratio to TPC-B.
#
#   src/main/scripts/bench-writes.sh          (about 8 minutes on a 2-core machine; needs wrk: apt-get install wrk)
#   BENCH_SECONDS=20 BENCH_WARMUP_SECONDS=150 (the defaults: each run's length, and the warm-up's)
#
# Starts Keycloak with the shipped realm on port 8180 unless one is running there. Uses its own database
# `mwportal_bench_writes`, emptied first; pgbench uses `mwportal_bench_tpcb`.
set -euo pipefail
cd "$(dirname "$0")/../../.."

SECONDS_PER_RUN=${BENCH_SECONDS:-20}
# The JIT compiles for about two and a half minutes of this load before the JVM's time per request settles (C2
# threads busy, filings/s still rising): measured before that, a run sees the warm-up, not the portal.
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-150}
PORT=${BENCH_PORT:-8089}
KC_URL=${PORTAL_KEYCLOAK_URL:-http://localhost:8180}
DB=mwportal_bench_writes
OUT=target/bench
TARGETS=200000
source src/main/scripts/bench-lib.sh
PORTAL_DATABASES=mwportal_bench_tpcb src/main/scripts/local-postgres.sh >/dev/null

echo "==> Building the portal, unpacking Keycloak"
./mvnw -B -q -ntp -DskipTests package
./mvnw -B -q -ntp dependency:unpack@unpack-keycloak
realm_ready() { curl -fsS -o /dev/null "$KC_URL/realms/portal/.well-known/openid-configuration" 2>/dev/null; }
KC_PID=
if ! realm_ready; then
  KC_HOME=$(ls -d target/keycloak-* | head -n 1)
  mkdir -p "$KC_HOME/data/import"
  cp src/main/keycloak/portal-realm.json "$KC_HOME/data/import/"
  "$KC_HOME/bin/kc.sh" start-dev --http-port=8180 --http-management-port=9190 --import-realm --db=dev-mem \
    --metrics-enabled=true > "$OUT/keycloak.log" 2>&1 &
  KC_PID=$!
  for _ in $(seq 1 180); do realm_ready && break; sleep 1; done
fi

"${PSQL[@]}" -c "drop schema public cascade; create schema public;"
echo "==> Starting the portal on port $PORT against $DB"
bench_start_portal portal-writes.log
trap 'kill $PORTAL_PID $KC_PID 2>/dev/null || true' EXIT
echo "==> Seeding $TARGETS sessions and $TARGETS vacancies to enrol in and apply to"
"${PSQL[@]}" -v n=$TARGETS -f src/bench/sql/seed-writes.sql
"${PSQL[@]}" -v from=1 -v to=$TARGETS -f src/bench/sql/seed-vacancies.sql > /dev/null
"${PSQL[@]}" -c "update vacancy set valid_through = current_date + 60, status = 'PUBLISHED'" -c "vacuum analyze"
echo "==> pgbench TPC-B, scale 10"
pgbench -q -i -s 10 -h localhost -U "${PORTAL_DB_USER:-mwportal}" mwportal_bench_tpcb > /dev/null 2>&1

token() {
  curl -fsS -d grant_type=password -d client_id=portal-cli -d username=wang.worker -d password=wang.worker \
    "$KC_URL/realms/portal/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
first_session=$("${PSQL[@]}" -Atc "select min(id) from course_session")
first_vacancy=$("${PSQL[@]}" -Atc "select min(id) from vacancy")
declare -A RESULT TPCB
run() { # kind, connections
  local kind=$1 connections=$2 first=0
  [ "$kind" = enrolment ] && first=$((first_session - 1 + ${OFFSET[$kind]}))
  [ "$kind" = application ] && first=$((first_vacancy - 1 + ${OFFSET[$kind]}))
  OFFSET[$kind]=$(( ${OFFSET[$kind]} + TARGETS / 4 ))
  WRITE=$kind TOKEN=$(token) FIRST=$first PER_THREAD=$((TARGETS / 4 / connections)) BODY=src/bench/wrk/complaint.json \
    wrk -t"$connections" -c"$connections" -d"${SECONDS_PER_RUN}s" --latency -s src/bench/wrk/write.lua \
    "http://localhost:$PORT" > "$OUT/wrk-$kind-$connections.log" 2>&1
  local rps p50
  rps=$(awk '/^Requests\/sec/ {print $2}' "$OUT/wrk-$kind-$connections.log")
  p50=$(awk '/^ +50%/ {print $2}' "$OUT/wrk-$kind-$connections.log")
  RESULT[$kind-$connections]="$rps $p50"
  echo "    $kind, $connections connection(s): $rps requests/s, p50 $p50 $(grep -c unexpected "$OUT/wrk-$kind-$connections.log" || true) unexpected answers"
}
tpcb() { # clients
  pgbench -n -h localhost -U "${PORTAL_DB_USER:-mwportal}" -c "$1" -j "$(( $1 < 2 ? 1 : 2 ))" -T "$SECONDS_PER_RUN" \
    mwportal_bench_tpcb 2>/dev/null | awk '/^tps/ {print $3}'
}
declare -A OFFSET=([filing]=0 [enrolment]=0 [application]=0)
echo "==> Warm-up ($WARMUP_SECONDS s of filings, then enrolments and applications)"
SECONDS_PER_RUN=$WARMUP_SECONDS run filing 8 > /dev/null
SECONDS_PER_RUN=10 run enrolment 8 > /dev/null
SECONDS_PER_RUN=10 run application 8 > /dev/null
echo "==> Runs of $SECONDS_PER_RUN s"
for connections in 1 8; do
  for kind in filing enrolment application; do
    run "$kind" "$connections"
  done
  TPCB[$connections]=$(tpcb "$connections")
  echo "    pgbench TPC-B, $connections client(s): ${TPCB[$connections]} tx/s"
done

echo
printf "%-12s %5s %12s %10s %14s %8s\n" write conns "requests/s" p50 "TPC-B tx/s" ratio
for connections in 1 8; do
  for kind in filing enrolment application; do
    set -- ${RESULT[$kind-$connections]}
    printf "%-12s %5s %12s %10s %14s %8s\n" "$kind" "$connections" "$1" "$2" "${TPCB[$connections]}" \
      "$(awk -v a="$1" -v b="${TPCB[$connections]}" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  done
done
echo "(targets: filings at 8 connections >= 25 % of TPC-B, p50 <= 2 ms at 1 connection)"
