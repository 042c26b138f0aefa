#!/usr/bin/env bash
# Job-search benchmark: keyword + district search at 10,000 and at 1,000,000 vacancies, then every filter shape of
# src/bench/search-shapes.tsv one request at a time at the largest size (bench-search-shapes.py).
#
#   src/main/scripts/bench-jobs.sh            (about 15 minutes on a 2-core machine)
#
# For each size it seeds the database `mwportal_bench` (realistic Chinese vacancies), then drives the running
# portal with Gatling in an open model (BENCH_RATE requests/s for BENCH_SECONDS: p50/p95/p99 include queueing) and
# in a closed model (BENCH_USERS in flight: the throughput ceiling), and runs the same SQL through pgbench with as
# many clients. It prints the figures and the ratio API / pgbench. Nothing here touches the portal's own database.
set -euo pipefail
cd "$(dirname "$0")/../../.."

RATE=${BENCH_RATE:-100}
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
USERS=${BENCH_USERS:-4}
SIZES=${BENCH_SIZES:-"10000 1000000"}
PORT=${BENCH_PORT:-8089}
DB=mwportal_bench
OUT=target/bench
source src/main/scripts/bench-lib.sh

bench_build
echo "==> Starting the portal on port $PORT against $DB (schema by Flyway, emptied first)"
"${PSQL[@]}" -c "drop schema public cascade; create schema public;"
bench_start_portal portal.log

gatling() { # mode, extra -D options; prints the summary lines
  ./mvnw -B -ntp -f src/bench/pom.xml gatling:test -Dbench.baseUrl="http://localhost:$PORT" -Dbench.mode="$1" \
    -Dbench.rate="$RATE" -Dbench.users="$USERS" -Dbench.seconds="$SECONDS_PER_RUN" > "$OUT/gatling-$1.log" 2>&1 || true
  grep -E "request count|mean throughput|response time 50th|response time 95th|response time 99th|KO " \
    "$OUT/gatling-$1.log" | head -8 || true
}
# A figure from Gatling's console summary: the "Total" column of the line that matches.
figure() { grep -E "$2" "$OUT/gatling-$1.log" | head -1 | awk -F'|' '{ gsub(/[ ,]/, "", $2); print $2 }' || true; }

loaded=0
declare -A P95 THROUGHPUT PGBENCH
for size in $SIZES; do
  if [ "$size" -gt "$loaded" ]; then
    echo "==> Seeding vacancies $((loaded + 1))..$size"
    started=$(date +%s)
    "${PSQL[@]}" -v from=$((loaded + 1)) -v to="$size" -f src/bench/sql/seed-vacancies.sql
    "${PSQL[@]}" -c "vacuum analyze vacancy"
    echo "    seeded in $(( $(date +%s) - started )) s"
    loaded=$size
  fi
  echo "==> $size vacancies: explain of one query"
  "${PSQL[@]}" -c "explain (analyze, costs off, timing off) select v.id from vacancy v where v.status = 'PUBLISHED'
    and v.valid_through >= current_date and v.search_terms @> array['焊工'] and v.search_text like '%焊工%'
    and v.district = '210702' order by v.posted_at desc, v.id desc limit 21" | sed 's/^/    /'
  echo "==> $size vacancies: warm-up, then open model at $RATE req/s for $SECONDS_PER_RUN s"
  SECONDS_PER_RUN=10 gatling open >/dev/null
  gatling open | sed 's/^/    /'
  P95[$size]=$(figure open "response time 95th")
  echo "==> $size vacancies: closed model, $USERS in flight"
  gatling closed | sed 's/^/    /'
  THROUGHPUT[$size]=$(figure closed "mean throughput")
  echo "==> $size vacancies: pgbench, same SQL, $USERS clients"
  pgbench -n -h localhost -U "${PORTAL_DB_USER:-mwportal}" -c "$USERS" -j 2 -T "$SECONDS_PER_RUN" \
    -f src/bench/sql/search.pgbench "$DB" > "$OUT/pgbench-$size.log" 2>&1
  PGBENCH[$size]=$(grep -E "^tps" "$OUT/pgbench-$size.log" | sed -E 's/tps = ([0-9.]+).*/\1/' || true)
  grep -E "^tps|latency average" "$OUT/pgbench-$size.log" | sed 's/^/    /'
done

echo
echo "Summary (keyword + district search; open model $RATE req/s; closed model and pgbench with $USERS clients)"
printf "%-12s %10s %16s %14s %12s\n" vacancies "p95 (ms)" "API req/s" "pgbench tps" "API/pgbench"
for size in $SIZES; do
  ratio=$(awk -v a="${THROUGHPUT[$size]}" -v b="${PGBENCH[$size]}" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b }')
  printf "%-12s %10s %16s %14s %12s\n" "$size" "${P95[$size]}" "${THROUGHPUT[$size]}" "${PGBENCH[$size]}" "$ratio"
done
set -- $SIZES
if [ $# -ge 2 ]; then
  awk -v a="${P95[$1]}" -v b="${P95[$2]}" -v s="$1" -v l="$2" \
    'BEGIN { printf "p95 at %s / p95 at %s = %.2f (target ≤ 1.5)\n", l, s, (a > 0 ? b / a : 0) }'
fi

echo
echo "==> Every filter shape, single requests on the idle portal, at ${SIZES##* } vacancies"
src/main/scripts/bench-search-shapes.py "http://localhost:$PORT"
