#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite: `start DIR` prints its SQLAlchemy URL, `stop DIR` ends it
# and removes DIR. It listens only on a Unix socket inside DIR (no TCP port, so runs never collide), trusts
# local connections and skips fsync: it holds nothing worth keeping. With KASBUKU_PG_TCP_PORT=N it also
# listens on 127.0.0.1:N and prints a TCP URL (packaging/smoke.sh: the Windows app under wine reaches it so).
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2
port=5432 # only names the socket file inside DIR

pg_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$found" ] && command -v pg_ctl >/dev/null; then
        found=$(dirname "$(command -v pg_ctl)")
    fi
    echo "$found"
}

# Run as the `postgres` user when we are root (the server refuses to run as root), else as ourselves.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin
    bin=$(pg_bin)
    if [ -z "$bin" ]; then
        echo "PostgreSQL not found: installing it with apt-get" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
        bin=$(pg_bin)
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    local tcp=${KASBUKU_PG_TCP_PORT:-}
    [ -n "$tcp" ] && port=$tcp
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
        -o "-c listen_addresses='${tcp:+127.0.0.1}' -c unix_socket_directories='$dir' -p $port -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >&2
    as_owner "$bin/psql" -h "$dir" -p $port -U postgres -d postgres -q -c "create database kasbuku_test" >&2
    if [ -n "$tcp" ]; then
        echo "postgresql+psycopg://postgres@127.0.0.1:$port/kasbuku_test"
    else
        echo "postgresql+psycopg://postgres@/kasbuku_test?host=$dir&port=$port"
    fi
}

stop() {
    local bin
    bin=$(pg_bin)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -s stop >&2 || true
    fi
    rm -rf "$dir"
}

case $action in
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
