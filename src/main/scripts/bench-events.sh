#!/usr/bin/env bash
# Event delivery benchmark (README, "Benchmark: event delivery"): webhooks from the packaged portal to a local
# receiver that verifies every signature itself (webhook-receiver.py, Python's hmac) and times each event from its
# commit to its arrival.
#
#   src/main/scripts/bench-events.sh          (about 3 minutes on a 2-core machine)
#
# 1. steady: pgbench commits BENCH_RATE events/s (one per transaction, as features write them) for BENCH_SECONDS;
# 2. backlog: BENCH_BACKLOG events committed at once, drained as fast as the dispatcher goes.
# Uses its own database `mwportal_bench_events`; needs python3 with the `cryptography` package (to store the
# subscription's secret encrypted, as the portal does).
set -euo pipefail
cd "$(dirname "$0")/../../.."

RATE=${BENCH_RATE:-500}
SECONDS_PER_RUN=${BENCH_SECONDS:-60}
BACKLOG=${BENCH_BACKLOG:-20000}
PORT=${BENCH_PORT:-8089}
RECEIVER_PORT=${BENCH_RECEIVER_PORT:-8099}
DB=mwportal_bench_events
OUT=target/bench
PORTAL_CRYPTO_KEY=$(head -c 32 /dev/urandom | base64)
export PORTAL_CRYPTO_KEY
source src/main/scripts/bench-lib.sh

echo "==> Building the portal"
./mvnw -B -q -ntp -DskipTests package
"${PSQL[@]}" -c "drop schema public cascade; create schema public;"
SECRET="whsec_$(head -c 32 /dev/urandom | base64)"
python3 src/main/scripts/webhook-receiver.py "$RECEIVER_PORT" "$SECRET" &
RECEIVER_PID=$!
echo "==> Starting the portal on port $PORT against $DB (loopback destinations allowed for the local receiver)"
bench_start_portal portal-events.log -Dportal.events.webhooks.allow-private-destinations=true
trap 'kill $PORTAL_PID $RECEIVER_PID 2>/dev/null || true' EXIT

# The subscription of a partner app "bench-partner", its secret encrypted as FieldCrypto does (AES-256-GCM).
ENCRYPTED=$(python3 - "$PORTAL_CRYPTO_KEY" "$SECRET" <<'PY'
import base64, os, sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
iv = os.urandom(12)
print("v1:" + base64.b64encode(iv + AESGCM(base64.b64decode(sys.argv[1])).encrypt(iv, sys.argv[2].encode(), None)).decode())
PY
)
"${PSQL[@]}" -c "insert into webhook_subscription (client_id, url, event_types, description, secret, partner,
    office_roles, active, created_at, updated_at) values ('bench-partner', 'http://127.0.0.1:$RECEIVER_PORT/hooks',
    '{job-application.received}', 'benchmark', '$ENCRYPTED', true, '{}', true, now(), now())"

stats() { curl -fsS "http://127.0.0.1:$RECEIVER_PORT/stats"; }
# Waits until the receiver has every event committed so far (at most 120 s).
drain() {
  local want
  want=$("${PSQL[@]}" -Atc "select count(*) from event")
  for _ in $(seq 1 1200); do
    [ "$(stats | python3 -c 'import json,sys; print(json.load(sys.stdin)["received"])')" -ge "$want" ] && break
    sleep 0.1
  done
}

echo "==> Warm-up: 2,000 events"
"${PSQL[@]}" -c "insert into event (type, subject_id, occurred_at, office_jurisdiction, office_role, client_id, data)
  select 'job-application.received', 'warm-up', clock_timestamp(), '210702', 'job-center', 'bench-partner', '{}'
    from generate_series(1, 2000)"
drain
curl -fsS "http://127.0.0.1:$RECEIVER_PORT/reset" > /dev/null

echo "==> Steady: $RATE events/s for $SECONDS_PER_RUN s (pgbench, one event per transaction)"
pgbench -n -h localhost -U "${PORTAL_DB_USER:-mwportal}" -c 4 -j 2 -R "$RATE" -T "$SECONDS_PER_RUN" \
  -f src/bench/sql/insert-event.pgbench "$DB" > "$OUT/pgbench-events.log" 2>&1
grep -E "^tps|number of transactions actually processed" "$OUT/pgbench-events.log" | sed 's/^/    /'
drain
echo "    receiver: $(stats)"
STEADY=$(stats)
curl -fsS "http://127.0.0.1:$RECEIVER_PORT/reset" > /dev/null

echo "==> Backlog: $BACKLOG events committed at once"
"${PSQL[@]}" -c "insert into event (type, subject_id, occurred_at, office_jurisdiction, office_role, client_id, data)
  select 'job-application.received', 'backlog', clock_timestamp(), '210702', 'job-center', 'bench-partner', '{}'
    from generate_series(1, $BACKLOG)"
drain
echo "    receiver: $(stats)"
BACKLOGGED=$(stats)

echo
echo "Deliveries by state: $("${PSQL[@]}" -Atc "select string_agg(state || ' ' || n, ', ') from (select state, count(*) n from delivery group by state) s")"
python3 - "$STEADY" "$BACKLOGGED" "$RATE" <<'PY'
import json, sys
steady, backlog, rate = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
print(f"steady {rate}/s: {steady['received']} delivered, lag p50 {steady['lagMs']['p50']} ms, p95 {steady['lagMs']['p95']} ms,"
      f" p99 {steady['lagMs']['p99']} ms, max {steady['lagMs']['max']} ms (target p95 < 2000)")
print(f"backlog: {backlog['received']} delivered at {backlog['perSecond']} events/s (target >= 500)")
print(f"bad signatures {steady['badSignatures'] + backlog['badSignatures']}, duplicates {steady['duplicates'] + backlog['duplicates']}")
PY
