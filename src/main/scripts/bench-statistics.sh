#!/usr/bin/env bash
# Statistics benchmark: public wage-complaint statistics with 1,000,000 complaints (README, "Benchmark: statistics").
#
#   src/main/scripts/bench-statistics.sh      (about 10 minutes on a 2-core machine, the first time)
#
# Seeds the database `mwportal_bench_stats` with BENCH_COMPLAINTS complaints (once; every state, with histories and
# clocks), times the rebuild of the summary, then drives the running portal with Gatling in an open model
# (BENCH_RATE requests/s for BENCH_SECONDS; p50/p95/p99 include queueing). Nothing here touches the portal's own
# database.
set -euo pipefail
cd "$(dirname "$0")/../../.."

RATE=${BENCH_RATE:-100}
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
COMPLAINTS=${BENCH_COMPLAINTS:-1000000}
PORT=${BENCH_PORT:-8089}
DB=mwportal_bench_stats
OUT=target/bench
source src/main/scripts/bench-lib.sh

bench_build
echo "==> Starting the portal on port $PORT against $DB (Flyway migrates it; the scheduled rebuild is held off)"
bench_start_portal portal-stats.log -Dportal.statistics.refresh-every=24h

have=$("${PSQL[@]}" -Atc "select count(*) from wage_complaint")
if [ "$have" -lt "$COMPLAINTS" ]; then
  echo "==> Seeding $COMPLAINTS wage complaints (had $have)"
  started=$(date +%s)
  "${PSQL[@]}" -c "truncate case_file cascade" -c "delete from deadline"
  "${PSQL[@]}" -v n="$COMPLAINTS" -f src/bench/sql/seed-wage-complaints.sql
  "${PSQL[@]}" -c "vacuum analyze case_file, wage_complaint, case_history, deadline"
  echo "    seeded in $(( $(date +%s) - started )) s"
fi

echo "==> Rebuilding the summary (what StatisticsRefresh runs every 10 minutes)"
started=$(date +%s%N)
"${PSQL[@]}" -c "refresh materialized view concurrently wage_complaint_statistics"
echo "    rebuilt in $(( ($(date +%s%N) - started) / 1000000 )) ms; $("${PSQL[@]}" -Atc \
  "select count(*) || ' cells, ' || sum(filed) || ' complaints' from wage_complaint_statistics")"

echo "==> Warm-up, then open model at $RATE req/s for $SECONDS_PER_RUN s"
gatling() {
  ./mvnw -B -ntp -f src/bench/pom.xml gatling:test -Dbench.simulation=io.mwportal.bench.StatisticsSimulation \
    -Dbench.baseUrl="http://localhost:$PORT" -Dbench.rate="$RATE" -Dbench.seconds="$1" > "$OUT/gatling-stats.log" 2>&1 || true
  grep -E "request count|mean throughput|response time 50th|response time 95th|response time 99th|KO " \
    "$OUT/gatling-stats.log" | head -8 || true
}
gatling 10 >/dev/null
gatling "$SECONDS_PER_RUN" | sed 's/^/    /'
