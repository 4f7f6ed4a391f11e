# Project-local Redis for test.sh and bench.sh. Source it, then call:
#   redis_start DIR   installs redis-server (apt-get) when missing, then starts one on a free port, its files under DIR,
#                     nothing saved to disk; exports ADOLOGY_REDIS_PORT
#   redis_stop DIR    stops it

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

redis_install() {
  if command -v redis-server >/dev/null; then return; fi
  apt_install Redis redis-server
}

redis_start() {
  mkdir -p "$1"
  local dir port
  dir="$(cd "$1" && pwd -P)"
  redis_install
  port="$(free_port 56379)"
  echo "$port" > "$dir/port"
  redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
  for _ in $(seq 50); do
    if redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; then
      export ADOLOGY_REDIS_PORT="$port"
      return 0
    fi
    sleep 0.2
  done
  echo "Redis did not start; its log ends:" >&2
  tail -n 20 "$dir/redis.log" >&2
  return 1
}

redis_stop() {
  [ -f "$1/port" ] || return 0
  redis-cli -p "$(cat "$1/port")" shutdown nosave >/dev/null 2>&1 || true
}
