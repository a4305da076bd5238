#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `cluster.sh start DIR PORT` initialises DIR
# and starts a server listening only on 127.0.0.1:PORT; `cluster.sh stop DIR` stops it and
# removes DIR. The server trusts local connections except for the role kizuna_password,
# which must give its password (the tests of wrong and right passwords use it), and serves
# TLS with a certificate for "localhost" signed by a throwaway authority (DIR/root.crt), so
# sslmode=verify-full is tested too.
# PostgreSQL refuses to run as root: as root, the cluster belongs to the user postgres.
set -euo pipefail

# The user postgres may not be able to enter the folder this runs from.
cd /

action="${1:?usage: cluster.sh start DIR PORT | stop DIR}"
dir="${2:?the folder of the cluster}"

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    port="${3:?the port}"
    if [ -e "$dir/data/postmaster.pid" ]; then
        bash "$0" stop "$dir"
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log"
    # A certificate authority and a server certificate for localhost, both thrown away with
    # the cluster.
    (
        cd "$dir"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Kizuna test CA" \
            -keyout root.key -out root.crt 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
            -keyout server.key -out server.csr 2>/dev/null
        openssl x509 -req -in server.csr -CA root.crt -CAkey root.key -CAcreateserial \
            -days 2 -out server.crt 2>/dev/null
        chmod 600 server.key root.key
        if [ "$(id -u)" -eq 0 ]; then
            chown postgres: server.key server.crt root.crt root.key
        fi
        chmod 644 root.crt
    )
    as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = '$dir/server.crt'
ssl_key_file = '$dir/server.key'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
    as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<HBA
local all all trust
host all kizuna_password 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
    as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE kizuna_password LOGIN CREATEDB PASSWORD 'right horse battery'" \
        >/dev/null
    echo "PostgreSQL $($bin/postgres --version | awk '{print $3}') listens on 127.0.0.1:$port ($dir)"
    ;;
stop)
    if [ -e "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: cluster.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
