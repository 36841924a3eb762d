#!/bin/sh
# One database (and owner) per service (DESIGN.md §1): no service can read another's tables; one more for Keycloak.
# Each owner's password comes from the environment (NAZORG_DB_PASSWORD_<NAME>); docker-compose.yml refuses to start
# without them, so no deployment runs on a password written in this repository.
set -eu
for name in client signal campaign survey keycloak; do
  variable="NAZORG_DB_PASSWORD_$(echo "$name" | tr '[:lower:]' '[:upper:]')"
  password="$(printenv "$variable" || true)"
  if [ -z "$password" ]; then
    echo "$variable is not set" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" -v name="$name" -v password="$password" <<'SQL'
CREATE USER :"name" PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
done
