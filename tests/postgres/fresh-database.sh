#!/usr/bin/env bash
# Runs a program on an empty database of the test server, made anew:
#   fresh-database.sh PSQL postgresql://USER@HOST:PORT DBNAME PROGRAM [ARGS...]
# runs PROGRAM ARGS... postgresql://USER@HOST:PORT/DBNAME (the address comes last, so ARGS
# may end with the option that takes it).
set -euo pipefail
psql="$1" server="$2" name="$3"
shift 3
# DBNAME is the test's own constant, never user input.
"$psql" -q -v ON_ERROR_STOP=1 -d "$server/postgres" \
    -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null
exec "$@" "$server/$name"
