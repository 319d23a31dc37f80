#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server on loopback for the storage tests.
#   postgres-fixture.sh start STATE_DIR   initdb into a new temporary folder, start the server on a free port, create
#                                         the role and database the tests use; STATE_DIR/url gets the address and
#                                         STATE_DIR/pgpass the password file the tests hand to libpq (PGPASSFILE).
#   postgres-fixture.sh stop STATE_DIR    stop the server and remove its folder.
# Run as root (CI), the server runs as the postgres system user; run as anyone else, as that user.
set -euo pipefail

command=${1:?start or stop}
state=${2:?state folder}
bindir=${ROLESHEET_PG_BINDIR:-/usr/lib/postgresql/15/bin}

if [ "$(id -u)" = 0 ]; then
    owner=postgres
    as_owner() { runuser -u postgres -- "$@"; }
else
    owner=$(id -un)
    as_owner() { "$@"; }
fi

stop_server() {
    if [ -f "$state/dir" ]; then
        local dir
        dir=$(cat "$state/dir")
        if [ -f "$dir/data/postmaster.pid" ]; then
            as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        fi
        case "$dir" in
            */rolesheet-pg.*) rm -rf "$dir" ;;
        esac
        rm -f "$state/dir"
    fi
}

case "$command" in
start)
    if [ ! -x "$bindir/initdb" ]; then
        echo "postgres-fixture: $bindir/initdb is missing; install the postgresql-15 package" >&2
        exit 1
    fi
    mkdir -p "$state"
    stop_server
    rm -f "$state/url" "$state/pgpass"
    dir=$(mktemp -d /tmp/rolesheet-pg.XXXXXX)
    echo "$dir" > "$state/dir"
    chown "$owner" "$dir"
    chmod 0700 "$dir"
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    printf '%s\n' "$password" > "$dir/pwfile"
    chown "$owner" "$dir/pwfile"
    # Host connections need a password (scram), the socket in the private folder is trusted for set-up.
    as_owner "$bindir/initdb" -D "$dir/data" -U rolesheet_admin --pwfile="$dir/pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    mkdir -p "$dir/socket"
    chown "$owner" "$dir/socket"
    # Tests need no durability; ROLESHEET_PG_DURABLE=1 keeps the server's defaults, for benchmark figures.
    speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ "${ROLESHEET_PG_DURABLE:-0}" = 1 ]; then
        speed=""
    fi
    started=
    for port in $(shuf -i 20000-60000 -n 25); do
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -o \
            "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket $speed -c max_connections=120" \
            start >/dev/null 2>&1; then
            started=$port
            break
        fi
    done
    if [ -z "$started" ]; then
        echo "postgres-fixture: the server did not start" >&2
        cat "$dir/server.log" >&2 || true
        exit 1
    fi
    psql() { as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$started" -U rolesheet_admin "$@"; }
    psql -d postgres -c "CREATE ROLE rolesheet LOGIN CREATEDB PASSWORD '$password'"
    psql -d postgres -c "CREATE DATABASE rolesheet_test OWNER rolesheet"
    umask 077
    printf '127.0.0.1:%s:*:rolesheet:%s\n' "$started" "$password" > "$state/pgpass"
    chmod 0600 "$state/pgpass"
    printf 'postgresql://rolesheet@127.0.0.1:%s/rolesheet_test?sslmode=disable\n' "$started" > "$state/url"
    echo "postgres-fixture: server on 127.0.0.1:$started ($dir)"
    ;;
stop)
    stop_server
    rm -f "$state/url" "$state/pgpass"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
