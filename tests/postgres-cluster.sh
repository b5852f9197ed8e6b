#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of CodeBrief.Warehouse.Postgres.
#
#   eval "$(tests/postgres-cluster.sh start)"   # prints `export CODEBRIEF_TEST_PG=...` lines, logs go to stderr
#   tests/postgres-cluster.sh stop              # stops it (-m immediate) and deletes its data folder
#
# `start` installs Debian's postgresql package when initdb/pg_ctl are in neither PATH nor /usr/lib/postgresql/*/bin
# (without creating or starting the packaged "main" cluster), initdb's a temporary data folder owned by the postgres OS
# user (initdb refuses to run as root), and starts the server on a free loopback port with its socket in that folder.
# No system service is used. The cluster trusts every local and loopback connection except the role
# codebrief_secret, which must give its password (scram-sha-256), so the tests can check password handling.
#
# Exported: CODEBRIEF_TEST_PG (the superuser postgres, no password, database codebrief_test) and
# CODEBRIEF_TEST_PG_PASSWORD_URL (codebrief_secret with its percent-encoded password, same database).
# The state file (artifacts/postgres-cluster.state, or $CODEBRIEF_PG_STATE) remembers the cluster for `stop`;
# `start` while that cluster still runs prints its exports again, and a stale state file is cleaned up first.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
state="${CODEBRIEF_PG_STATE:-$here/../artifacts/postgres-cluster.state}"
database=codebrief_test
secret_role=codebrief_secret

log() { echo "postgres-cluster: $*" >&2; }

# Runs a command as the OS user that owns the cluster (postgres when we are root, ourselves otherwise).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

find_bin() {
  local initdb
  if initdb="$(command -v initdb)" && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$initdb")"
    return 0
  fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
    echo "$dir"
    return 0
  fi
  return 1
}

install_postgres() {
  if [ "$(id -u)" -ne 0 ]; then
    log "initdb and pg_ctl are missing and only root can install Debian's postgresql package"
    return 1
  fi
  log "installing Debian's postgresql package"
  # The package would create and start a "main" cluster as a system service; we want neither.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/codebrief-no-main.conf
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

print_exports() {
  local port="$1" password="$2" encoded
  encoded="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$password")"
  echo "export CODEBRIEF_TEST_PG=postgres://postgres@127.0.0.1:$port/$database"
  echo "export CODEBRIEF_TEST_PG_PASSWORD_URL=postgres://$secret_role:$encoded@127.0.0.1:$port/$database"
}

running() { # folder bin
  [ -d "$1/db" ] && as_owner "$2/pg_ctl" -D "$1/db" status >/dev/null 2>&1
}

stop_cluster() {
  [ -f "$state" ] || { log "no cluster recorded in $state"; return 0; }
  local data="" bin="" port="" password=""
  # shellcheck disable=SC1090
  . "$state"
  if [ -n "$data" ] && [ -d "$data" ]; then
    if running "$data" "$bin"; then
      as_owner "$bin/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1 || log "pg_ctl stop failed for $data"
    fi
    rm -rf "$data"
  fi
  rm -f "$state"
  log "stopped and removed the cluster on port ${port:-?}"
}

start_cluster() {
  if [ -f "$state" ]; then
    local data="" bin="" port="" password=""
    # shellcheck disable=SC1090
    . "$state"
    if [ -n "$data" ] && [ -n "$bin" ] && running "$data" "$bin"; then
      log "reusing the running cluster on port $port"
      print_exports "$port" "$password"
      return 0
    fi
    log "cleaning up a stale cluster record"
    stop_cluster
  fi

  local bin
  if ! bin="$(find_bin)"; then
    install_postgres || return 1
    bin="$(find_bin)" || { log "initdb/pg_ctl still missing after installing postgresql"; return 1; }
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    log "creating the postgres OS user"
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi

  local data password
  mkdir -p "$(dirname "$state")"
  data="$(mktemp -d /tmp/codebrief-pg.XXXXXX)"
  password="s3cr@t:/%$(python3 -c 'import secrets; print(secrets.token_hex(8))')"
  # Record the folder at once, so `stop` cleans up even when a later step fails.
  printf 'data=%q\nbin=%q\nport=\npassword=%q\n' "$data" "$bin" "$password" > "$state"
  chmod 600 "$state"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$data"; fi
  chmod 700 "$data"

  as_owner "$bin/initdb" -D "$data/db" -U postgres --auth=trust --no-locale -E UTF8 --no-sync >"$data/initdb.log" 2>&1 \
    || { cat "$data/initdb.log" >&2; log "initdb failed"; return 1; }
  # First match wins: the secret role needs its password over TCP; everything else is trusted.
  as_owner tee "$data/db/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all $secret_role 127.0.0.1/32 scram-sha-256
host all $secret_role ::1/128 scram-sha-256
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
EOF
  mkdir -p "$data/socket"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$data/socket"; fi

  local port="" attempt
  for attempt in 1 2 3; do
    port="$(free_port)"
    # A durable cluster is not needed: fsync and friends off make the tests' loads fast.
    if as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
        -o "-k $data/socket -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
      break
    fi
    log "the server did not start on port $port (attempt $attempt)"
    port=""
  done
  if [ -z "$port" ]; then
    tail -n 20 "$data/server.log" >&2 || true
    return 1
  fi
  printf 'data=%q\nbin=%q\nport=%q\npassword=%q\n' "$data" "$bin" "$port" "$password" > "$state"

  local isready="$bin/pg_isready" psql="$bin/psql"
  [ -x "$isready" ] || isready=pg_isready
  [ -x "$psql" ] || psql=psql
  "$isready" -q -h 127.0.0.1 -p "$port" -t 30 || { log "the server on port $port is not ready"; return 1; }
  # :'pw' makes psql quote the password as a literal, whatever characters it holds.
  "$psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -v "pw=$password" >/dev/null <<EOF
CREATE DATABASE $database;
CREATE ROLE $secret_role LOGIN PASSWORD :'pw';
GRANT ALL ON DATABASE $database TO $secret_role;
EOF
  log "started PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port (data in $data)"
  print_exports "$port" "$password"
}

case "${1:-}" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
