# Project-local PostgreSQL 15 for run.sh, test.sh and bench.sh. Source it, then call:
#   postgres_start DIR   initialises (once) and starts a server with its data under DIR, on a free
#                        port (the previous one when still free), and exports ConnectionStrings__Adology
#   postgres_stop DIR    stops it
# initdb refuses to run as root, so as root the server runs as the 'postgres' user.
# No local user is trusted: TCP connections need the password of the 'postgres' role, generated once into
# DIR/password (0600) and carried by the exported connection string; the socket admits only the server's own
# OS user (peer). A cluster that older scripts made with trust is given the password and these rules on start.

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
# home (/root) or a private .data/ (0700) is not, so the data then lives under /var/lib/adology, linked
# from DIR. Data that an older script left in DIR itself is moved there (the server must be stopped).
postgres_place() {
  local dir="$1"
  mkdir -p "$(dirname "$dir")"
  if [ "$(id -u)" -eq 0 ] && [ ! -L "$dir" ] && ! su postgres -s /bin/sh -c "test -x '$(cd "$(dirname "$dir")" && pwd)'"; then
    local real="/var/lib/adology/$(cd "$(dirname "$dir")" && pwd | md5sum | cut -c1-12)"
    if [ -e "$dir" ]; then
      local pid; pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
      if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        echo "PostgreSQL in $dir is running (pid $pid): stop it before it moves to $real." >&2
        return 1
      fi
      [ ! -e "$real" ] || { echo "$dir cannot move to $real: that exists." >&2; return 1; }
      mkdir -p /var/lib/adology
      mv "$dir" "$real"
    fi
    mkdir -p "$real"
    ln -s "$real" "$dir"
  fi
  mkdir -p "$dir"
}

# The 'postgres' role's password (hex, so it needs no quoting), made once into DIR/password, readable by
# the server's owner only; initdb reads it as that user.
postgres_password() {
  local file="$1/password"
  if [ ! -s "$file" ]; then
    (umask 077 && od -An -N24 -tx1 /dev/urandom | tr -d ' \n' > "$file")
  fi
  chmod 600 "$file"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$file"; fi
  cat "$file"
}

# pg_hba.conf for a cluster of older scripts, as initdb now writes it: the socket for the server's own
# OS user, loopback TCP with the password (SCRAM).
postgres_hba() {
  printf '%s\n' \
    "# Written by scripts/postgres.sh: no local user is trusted." \
    "local all all peer" \
    "host all all 127.0.0.1/32 scram-sha-256" \
    "host all all ::1/128 scram-sha-256"
}

# A cluster of older scripts trusted every local user: give 'postgres' the password, then require it.
postgres_untrust() {
  local dir="$1" port="$2" password="$3"
  grep -Eq '^[[:space:]]*[^#[:space:]].*[[:space:]]trust([[:space:]]|$)' "$dir/data/pg_hba.conf" || return 0
  echo "ALTER ROLE postgres PASSWORD '$password';" \
    | as_owner "'$PG_BIN/psql' -h '$dir/run' -p $port -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 -f -" >/dev/null
  postgres_hba > "$dir/data/pg_hba.conf"
  as_owner "'$PG_BIN/pg_ctl' -D '$dir/data' reload" >/dev/null
  # The server rereads the rules a moment later: wait until a connection without the password is refused.
  for _ in $(seq 50); do
    env -u PGPASSWORD PGPASSFILE=/dev/null "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -w -qAtc "SELECT 1" >/dev/null 2>&1 || return 0
    sleep 0.1
  done
}

postgres_start() {
  local dir="$1"
  postgres_install
  postgres_place "$dir"
  dir="$(cd "$dir" && pwd -P)"
  local data="$dir/data" run="$dir/run"
  mkdir -p "$run"
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir" "$run"
  local password
  password="$(postgres_password "$dir")"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "'$PG_BIN/initdb' -D '$data' -U postgres --auth-local=peer --auth-host=scram-sha-256 --pwfile='$dir/password' -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; return 1; }
  fi
  local port
  port="$(cat "$dir/port" 2>/dev/null || true)"
  if [ -z "$port" ] || ! port_is_free "$port"; then port="$(free_port 55432)"; fi
  echo "$port" > "$dir/port"
  as_owner "'$PG_BIN/pg_ctl' -D '$data' -l '$dir/postgres.log' -w -t 60 \
    -o \"-p $port -k '$run' -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB -c fsync=${PG_FSYNC:-on} -c synchronous_commit=${PG_SYNCHRONOUS_COMMIT:-on}\" start" >/dev/null \
    || { tail -n 20 "$dir/postgres.log" >&2; return 1; }
  postgres_untrust "$dir" "$port" "$password"
  export ConnectionStrings__Adology="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=${PG_DATABASE:-adology};Maximum Pool Size=100"
}

postgres_stop() {
  local dir
  dir="$(cd "$1" && pwd -P)"
  [ -f "$dir/data/postmaster.pid" ] && as_owner "'$PG_BIN/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
}
