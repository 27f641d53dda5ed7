#!/usr/bin/env bash
# Stops a server started by scripts/start-postgres.sh and removes its folder.
#
#   scripts/stop-postgres.sh [FOLDER]        # default: $TAALGRENS_TEST_POSTGRES_DIR
set -euo pipefail

pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
folder=${1:-${TAALGRENS_TEST_POSTGRES_DIR:-}}
if [ -z "$folder" ]; then
  echo "stop-postgres: give the folder start-postgres.sh printed (or set TAALGRENS_TEST_POSTGRES_DIR)" >&2
  exit 2
fi
case "$folder" in
  */taalgrens-postgres.*) ;;
  *) echo "stop-postgres: $folder was not made by start-postgres.sh; not touching it" >&2; exit 2 ;;
esac
if [ -f "$folder/data/postmaster.pid" ]; then
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$folder/data" -m fast -w -t 60 stop >&2
  else
    "$pgbin/pg_ctl" -D "$folder/data" -m fast -w -t 60 stop >&2
  fi
fi
rm -rf "$folder"
echo "stop-postgres: stopped and removed $folder" >&2
