#!/usr/bin/env bash
# Ensures a local PostgreSQL is running with the portal's role and databases (idempotent).
# Used by `.ci/run` (tests) and `src/main/scripts/run-portal.sh` (local demo). No Docker needed.
# Prints "started" on the last line when it had to start the cluster, so the caller can stop it again.
set -euo pipefail

DB_USER=${PORTAL_DB_USER:-mwportal}
DB_PASSWORD=${PORTAL_DB_PASSWORD:-mwportal}
DATABASES=${PORTAL_DATABASES:-"mwportal mwportal_test mwportal_test_demo"}

as_postgres() { runuser -u postgres -- "$@"; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "PostgreSQL is not installed; installing it (Debian package)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

started=no
cluster=$(pg_lsclusters --no-header | head -n 1)
if [ -z "$cluster" ]; then
  echo "No PostgreSQL cluster found." >&2; exit 1
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$name" start
  started=yes
fi
if [ "$port" != "5432" ]; then
  echo "Note: the PostgreSQL cluster listens on port $port; set PORTAL_DB_URL accordingly." >&2
fi

for _ in $(seq 1 30); do
  as_postgres psql -qtAc "select 1" >/dev/null 2>&1 && break
  sleep 1
done

if [ "$(as_postgres psql -qtAc "select 1 from pg_roles where rolname = '$DB_USER'")" != "1" ]; then
  as_postgres psql -qc "create role \"$DB_USER\" login password '$DB_PASSWORD'"
fi
for db in $DATABASES; do
  if [ "$(as_postgres psql -qtAc "select 1 from pg_database where datname = '$db'")" != "1" ]; then
    as_postgres psql -qc "create database \"$db\" owner \"$DB_USER\" encoding 'UTF8' template template0"
  fi
done
echo "$started"
