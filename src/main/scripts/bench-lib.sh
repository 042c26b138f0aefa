# Sourced by the benchmarks (bench-jobs.sh, bench-statistics.sh): their database, the packaged portal on it, psql.
# Needs DB, PORT and OUT set; defines PSQL and PORTAL_PID and stops the portal on exit.

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
mkdir -p "$OUT"
PORTAL_DATABASES=$DB src/main/scripts/local-postgres.sh >/dev/null
export PGPASSWORD=${PORTAL_DB_PASSWORD:-mwportal}
PSQL=(psql -q -v ON_ERROR_STOP=1 -h localhost -U "${PORTAL_DB_USER:-mwportal}" -d "$DB")

bench_build() {
  echo "==> Building the portal and the load generator"
  ./mvnw -B -q -ntp -DskipTests package
  ./mvnw -B -q -ntp -f src/bench/pom.xml test-compile
}

# The JVM as the container image starts it (src/main/docker/Dockerfile.jvm: run-java.sh of ubi9 openjdk-17-runtime,
# whose defaults are these GC options), not the JVM's own defaults (G1): measure what is shipped. Override with
# BENCH_JVM_OPTS.
BENCH_JVM_OPTS=${BENCH_JVM_OPTS:-"-XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 \
-XX:AdaptiveSizePolicyWeight=90 -XX:MaxRAMPercentage=80"}

# Starts the packaged portal on $PORT against $DB (Flyway migrates it) and waits until it is ready.
# Arguments: the log file name under $OUT, then extra JVM options.
bench_start_portal() {
  local log=$1
  shift
  PORTAL_DB_URL="jdbc:postgresql://localhost:5432/$DB" PORTAL_HTTP_PORT=$PORT PORTAL_MANAGEMENT_PORT=$((PORT + 1000)) \
    PORTAL_CRYPTO_KEY=${PORTAL_CRYPTO_KEY:-$(head -c 32 /dev/urandom | base64)} \
    "$JAVA_HOME/bin/java" $BENCH_JVM_OPTS -Dquarkus.log.category.\"io.mwportal.request\".level=WARN -Dquarkus.oidc.connection-delay=0S \
    "$@" -jar target/quarkus-app/quarkus-run.jar > "$OUT/$log" 2>&1 &
  PORTAL_PID=$!
  trap 'kill $PORTAL_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://localhost:$((PORT + 1000))/q/health/ready" 2>/dev/null && break
    sleep 1
  done
}
