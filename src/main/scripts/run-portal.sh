#!/usr/bin/env bash
# Runs the portal locally for a demo: PostgreSQL (started if stopped), Keycloak with the shipped `portal` realm and
# its demo users, and the portal itself with the demo city (a year of vacancies, courses and cases, dated back from
# today) in a database of its own, `mwportal_demo`, made anew at every start. No Docker needed. Ctrl-C stops what
# this script started.
#
#   src/main/scripts/run-portal.sh
#
# Ports: PORTAL_HTTP_PORT (default 8080), PORTAL_MANAGEMENT_PORT (health and metrics, default 9000),
# PORTAL_KEYCLOAK_PORT (default 8180), PORTAL_KEYCLOAK_MANAGEMENT_PORT (default 9190).
set -euo pipefail
cd "$(dirname "$0")/../../.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
HTTP_PORT=${PORTAL_HTTP_PORT:-8080}
KC_PORT=${PORTAL_KEYCLOAK_PORT:-8180}
KC_URL="http://localhost:${KC_PORT}"
KC_MANAGEMENT_PORT=${PORTAL_KEYCLOAK_MANAGEMENT_PORT:-9190}
MANAGEMENT_PORT=${PORTAL_MANAGEMENT_PORT:-9000}
WORK=.run-portal
mkdir -p "$WORK"

pids=()
pg_started=no
cleanup() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  for pid in "${pids[@]}"; do
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  if [ "$pg_started" = "yes" ]; then
    pg_ctlcluster $(pg_lsclusters --no-header | awk 'NR==1{print $1, $2}') stop || true
  fi
}
trap cleanup INT TERM EXIT

echo "==> PostgreSQL (the demo city goes into mwportal_demo, made anew)"
pg_started=$(src/main/scripts/local-postgres.sh | tail -n 1)
runuser -u postgres -- psql -qc "drop database if exists mwportal_demo with (force)"
PORTAL_DATABASES=mwportal_demo src/main/scripts/local-postgres.sh >/dev/null

echo "==> Building the portal and unpacking Keycloak (first time: a few minutes of downloads)"
./mvnw -B -q -ntp -DskipTests package
./mvnw -B -q -ntp dependency:unpack@unpack-keycloak
KC_HOME=$(ls -d target/keycloak-* | head -n 1)

realm_ready() { curl -fsS -o /dev/null "${KC_URL}/realms/portal/.well-known/openid-configuration" 2>/dev/null; }
if realm_ready; then
  echo "==> Reusing the Keycloak already running at ${KC_URL}"
else
  echo "==> Keycloak at ${KC_URL} (log: ${WORK}/keycloak.log)"
  mkdir -p "${KC_HOME}/data/import"
  cp src/main/keycloak/portal-realm.json "${KC_HOME}/data/import/"
  # Same build options as the tests (a change makes Keycloak rebuild itself); its management port stays off the
  # portal's (9000).
  "${KC_HOME}/bin/kc.sh" start-dev --http-port="${KC_PORT}" --http-management-port="${KC_MANAGEMENT_PORT}" \
    --import-realm --db=dev-mem --metrics-enabled=true \
    > "${WORK}/keycloak.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do realm_ready && break; sleep 1; done
  realm_ready || { echo "Keycloak did not start; see ${WORK}/keycloak.log"; exit 1; }
fi

# A local encryption key for bank-card numbers, made once and kept with the local data (never committed).
if [ -z "${PORTAL_CRYPTO_KEY:-}" ]; then
  [ -s "${WORK}/crypto.key" ] || head -c 32 /dev/urandom | base64 > "${WORK}/crypto.key"
  PORTAL_CRYPTO_KEY=$(cat "${WORK}/crypto.key")
fi
export PORTAL_CRYPTO_KEY

echo "==> Portal at http://localhost:${HTTP_PORT} (log: ${WORK}/portal.log)"
# PORTAL_DEMO_ENABLED: load the demo city into this empty database (never set in a deployment; see README).
PORTAL_DB_URL="jdbc:postgresql://localhost:5432/mwportal_demo" PORTAL_DEMO_ENABLED=true \
PORTAL_KEYCLOAK_URL="${KC_URL}" PORTAL_HTTP_PORT="${HTTP_PORT}" PORTAL_MANAGEMENT_PORT="${MANAGEMENT_PORT}" \
  PORTAL_PUBLIC_BASE_URL="${PORTAL_PUBLIC_BASE_URL:-http://localhost:${HTTP_PORT}}" \
  "${JAVA_HOME}/bin/java" -jar target/quarkus-app/quarkus-run.jar > "${WORK}/portal.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://localhost:${MANAGEMENT_PORT}/q/health/ready" 2>/dev/null && break
  sleep 1
done
curl -fsS -o /dev/null "http://localhost:${MANAGEMENT_PORT}/q/health/ready" || { echo "Portal did not start; see ${WORK}/portal.log"; exit 1; }

cat <<INFO

  Migrant Worker Service Portal is running.

  Web client      http://localhost:${HTTP_PORT}/app/   (sign in as wang.worker or inspector.guta; password = user name)
  API             http://localhost:${HTTP_PORT}/api/v1/   (e.g. /api/v1/policy-measures)
  Swagger UI      http://localhost:${HTTP_PORT}/q/swagger-ui
  OpenAPI         http://localhost:${HTTP_PORT}/q/openapi   (committed copy: openapi/openapi.yaml)
  Health          http://localhost:${MANAGEMENT_PORT}/q/health   Metrics: http://localhost:${MANAGEMENT_PORT}/q/metrics
                  (management interface: never route it from the internet)
  Keycloak        ${KC_URL}   (realm "portal")

  The demo city is loaded (made-up people, dates back from today). Three calls to see it at work:

    # 1. Welding jobs (q=电焊), anyone:
    curl 'http://localhost:${HTTP_PORT}/api/v1/jobs?q=%E7%94%B5%E7%84%8A'

    # 2. The Guta labour inspector's queue, with clocks and overdue flags (password = user name; demo only):
    TOKEN=\$(curl -s -d grant_type=password -d client_id=portal-cli \\
      -d username=inspector.guta -d password=inspector.guta \\
      ${KC_URL}/realms/portal/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
    curl -H "Authorization: Bearer \$TOKEN" 'http://localhost:${HTTP_PORT}/api/v1/wage-complaints?size=5'

    # 3. The year's wage-complaint statistics, as the public sees them (or -H 'Accept: text/csv' for Excel):
    curl 'http://localhost:${HTTP_PORT}/api/v1/statistics/wage-complaints'

  Demo users: wang.worker li.worker inspector.guta inspector.taihe inspector.city legalaid.guta
              police.guta jobcenter.guta trainer.city analyst admin

  Press Ctrl-C to stop.
INFO
wait "${pids[@]}"
