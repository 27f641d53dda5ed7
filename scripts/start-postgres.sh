#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server for the store contract suite (docs/deployment.md).
#
#   eval "$(scripts/start-postgres.sh)"      # sets TAALGRENS_TEST_POSTGRES_URL, PGPASSFILE, TAALGRENS_TEST_POSTGRES_DIR
#   swift test
#   scripts/stop-postgres.sh                 # stops the server and removes its folder
#
# The cluster lives in a new temporary folder (its data folder owned by the `postgres` user when run as
# root, because initdb refuses to run as root: the server commands run through `runuser -u postgres`).
# The server listens on 127.0.0.1 only, on a free port, and asks for a password over TCP
# (scram-sha-256). The role `taalgrens` owns the database `taalgrens_test`; its random password is
# written to a password file (mode 600) named by PGPASSFILE, never into the URL or onto the screen.
# Only the `export` lines go to standard output (they are also in "$folder/env"); progress goes to
# standard error.
set -euo pipefail

pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$pgbin/initdb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "start-postgres: installing postgresql-15" >&2
    apt-get install -y -q postgresql-15 >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql-15 >&2; }
  fi
  [ -x "$pgbin/initdb" ] || { echo "start-postgres: no PostgreSQL 15 in $pgbin (set PGBIN)" >&2; exit 1; }
fi

folder=$(mktemp -d "${TMPDIR:-/tmp}/taalgrens-postgres.XXXXXX")
chmod 755 "$folder"
mkdir -p "$folder/data" "$folder/run"
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "start-postgres: running as root needs a 'postgres' user" >&2; exit 1; }
  chown postgres: "$folder/data" "$folder/run"
  as_server() { runuser -u postgres -- "$@"; }
else
  as_server() { "$@"; }
fi
chmod 700 "$folder/data"

# A free port on 127.0.0.1: ask the kernel for one, else probe from 54320 up.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || true)
if [ -z "$port" ]; then
  port=54320
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
fi

# The cluster's libc locale: a UTF-8 one.
locale=C.UTF-8
for candidate in en_US.UTF-8 en_US.utf8 nl_BE.UTF-8 nl_BE.utf8; do
  if locale -a 2>/dev/null | grep -qix "$candidate"; then locale=$candidate; break; fi
done

password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
echo "start-postgres: initdb in $folder/data (locale $locale)" >&2
as_server "$pgbin/initdb" -D "$folder/data" -U postgres -E UTF8 --locale="$locale" \
  --auth-local=trust --auth-host=scram-sha-256 >"$folder/initdb.log" 2>&1 \
  || { cat "$folder/initdb.log" >&2; exit 1; }
cat >>"$folder/data/postgresql.conf" <<CONF
# taalgrens test server: loopback only, throwaway (no durability needed)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$folder/run'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
touch "$folder/server.log"
[ "$(id -u)" = 0 ] && chown postgres: "$folder/server.log"
as_server "$pgbin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start >&2 \
  || { tail -n 20 "$folder/server.log" >&2; exit 1; }

psql() { as_server "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h "$folder/run" -p "$port" -U postgres "$@"; }
psql -d postgres -c "CREATE ROLE taalgrens LOGIN PASSWORD '$password'" >&2
# The database's default collation is ICU's en-US where the server has ICU: an order that is not code-point
# order, so that the suite proves the memory's COLLATE "C" columns.
psql -d postgres -c "CREATE DATABASE taalgrens_test OWNER taalgrens TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE '$locale'" >&2 2>/dev/null \
  || psql -d postgres -c "CREATE DATABASE taalgrens_test OWNER taalgrens" >&2
# pg_trgm (a trusted extension) lets the concordance use a trigram index; the memory works without it.
psql -d taalgrens_test -c "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public" >&2 || true
psql -d taalgrens_test -c "GRANT CREATE ON SCHEMA public TO taalgrens" >&2

umask 077
printf '127.0.0.1:%s:*:taalgrens:%s\n' "$port" "$password" >"$folder/pgpass"
cat >"$folder/env" <<ENV
export TAALGRENS_TEST_POSTGRES_URL=postgres://taalgrens@127.0.0.1:$port/taalgrens_test?sslmode=disable
export PGPASSFILE=$folder/pgpass
export TAALGRENS_TEST_POSTGRES_DIR=$folder
ENV
echo "start-postgres: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, folder $folder" >&2
cat "$folder/env"
