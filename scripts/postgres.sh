# Project-local PostgreSQL 15 for run.sh, test.sh and bench.sh. Source it, then call:
#   postgres_start DIR   initialises (once) and starts a server with its data under DIR, on a free
#                        port (the previous one when still free), and exports ConnectionStrings__Adology
#   postgres_stop DIR    stops it
# initdb refuses to run as root, so as root the server runs as the 'postgres' user.

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

postgres_install() {
  if [ -x "$PG_BIN/initdb" ]; then return; fi
  apt_install PostgreSQL postgresql
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
}


as_owner() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

# As root, the server's files must be reachable by the 'postgres' user; a checkout under a private
# home (/root) is not, so the data then lives under /var/lib/adology, linked from DIR.
postgres_place() {
  local dir="$1"
  mkdir -p "$(dirname "$dir")"
  if [ "$(id -u)" -eq 0 ] && [ ! -e "$dir" ] && ! su postgres -s /bin/sh -c "test -x '$(cd "$(dirname "$dir")" && pwd)'"; then
    local real="/var/lib/adology/$(cd "$(dirname "$dir")" && pwd | md5sum | cut -c1-12)"
    mkdir -p "$real"
    ln -s "$real" "$dir"
  fi
  mkdir -p "$dir"
}

postgres_start() {
  local dir="$1"
  postgres_install
  postgres_place "$dir"
  dir="$(cd "$dir" && pwd -P)"
  local data="$dir/data" run="$dir/run"
  mkdir -p "$run"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir" "$run"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "'$PG_BIN/initdb' -D '$data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; return 1; }
  fi
  local port
  port="$(cat "$dir/port" 2>/dev/null || true)"
  if [ -z "$port" ] || ! port_is_free "$port"; then port="$(free_port 55432)"; fi
  echo "$port" > "$dir/port"
  as_owner "'$PG_BIN/pg_ctl' -D '$data' -l '$dir/postgres.log' -w -t 60 \
    -o \"-p $port -k '$run' -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB -c fsync=${PG_FSYNC:-on} -c synchronous_commit=${PG_SYNCHRONOUS_COMMIT:-on}\" start" >/dev/null \
    || { tail -n 20 "$dir/postgres.log" >&2; return 1; }
  export ConnectionStrings__Adology="Host=127.0.0.1;Port=$port;Username=postgres;Database=${PG_DATABASE:-adology};Maximum Pool Size=100"
}

postgres_stop() {
  local dir
  dir="$(cd "$1" && pwd -P)"
  [ -f "$dir/data/postmaster.pid" ] && as_owner "'$PG_BIN/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
}
