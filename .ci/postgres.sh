#!/usr/bin/env bash
# Start a throwaway PostgreSQL on 127.0.0.1 for the store/pipeline tests.
#
#   bash .ci/postgres.sh [DIR]          # default DIR: /tmp/intake-pg
#   . DIR/env.sh                        # -> INTAKE_TEST_DATABASE_URL, INTAKE_PG_DIR, INTAKE_PG_CTL
#   bash .ci/postgres.sh --stop [DIR]
#
# Installs Debian's postgresql package when no server is present, initdb's a cluster in a
# temporary folder as the `postgres` user (the server refuses to run as root), starts it on
# a free port on 127.0.0.1 only, and creates the role and database `intake`.
set -euo pipefail

stop=0
if [[ "${1:-}" == "--stop" ]]; then stop=1; shift; fi
out_dir="${1:-/tmp/intake-pg}"
env_file="$out_dir/env.sh"

if [[ $stop == 1 ]]; then
    [[ -f "$env_file" ]] || { echo "no $env_file: nothing to stop" >&2; exit 0; }
    # shellcheck disable=SC1090
    . "$env_file"
    su postgres -s /bin/sh -c "'$INTAKE_PG_CTL' -D '$INTAKE_PG_DIR/data' -m fast stop" || true
    exit 0
fi

find_bin() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
    done
    return 1
}

if ! bin="$(find_bin)"; then
    echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    bin="$(find_bin)"
fi
# Debian's package starts its own cluster on 5432 on install; ours is separate and may
# run beside it.

id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base="$(mktemp -d /tmp/intake-pg.XXXXXX)"
chown postgres "$base"
chmod 700 "$base"

as_pg() { su postgres -s /bin/sh -c "$1"; }

as_pg "'$bin/initdb' -D '$base/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$base/initdb.log' 2>&1" \
    || { cat "$base/initdb.log" >&2; exit 1; }
# Listen on loopback only; the socket lives in our folder, not /var/run/postgresql.
as_pg "'$bin/pg_ctl' -D '$base/data' -l '$base/server.log' -w -t 60 \
    -o \"-c listen_addresses=127.0.0.1 -p $port -k '$base' -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start >/dev/null" \
    || { cat "$base/server.log" >&2; exit 1; }

psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
"${psql[@]}" -d postgres -c "CREATE ROLE intake LOGIN PASSWORD 'intake' CREATEDB"
"${psql[@]}" -d postgres -c "CREATE DATABASE intake OWNER intake"

url="postgresql+psycopg://intake:intake@127.0.0.1:$port/intake"
mkdir -p "$out_dir"
cat >"$env_file" <<ENV
export INTAKE_TEST_DATABASE_URL='$url'
export INTAKE_PG_DIR='$base'
export INTAKE_PG_CTL='$bin/pg_ctl'
ENV
echo "$url"
