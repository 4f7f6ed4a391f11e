# Project-local RabbitMQ for test.sh and bench.sh. Source it, then call:
#   rabbitmq_start DIR   installs rabbitmq-server (apt-get) when missing, then starts a node whose data, logs, Erlang
#                        cookie and epmd are its own, under DIR, on free ports; exports ADOLOGY_RABBITMQ_PORT
#   rabbitmq_stop DIR    stops the node and its epmd
# The node runs as the calling user with HOME=DIR (Debian's wrapper would switch to the 'rabbitmq' user and share the
# system's cookie and epmd), so nothing else on the machine is touched. guest/guest, from loopback only.

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RABBITMQ_BIN="${RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}"

rabbitmq_install() {
  if [ -x "$RABBITMQ_BIN/rabbitmq-server" ]; then return; fi
  apt_install RabbitMQ rabbitmq-server
}

# Runs one of RabbitMQ's commands against the node of DIR.
rabbitmq_node() {
  local dir="$1" command="$2"
  shift 2
  (
    source "$dir/ports"
    export HOME="$dir" RABBITMQ_NODENAME="adology-$amqp@localhost" RABBITMQ_NODE_PORT="$amqp" RABBITMQ_DIST_PORT="$dist" \
      ERL_EPMD_PORT="$epmd" RABBITMQ_MNESIA_BASE="$dir/mnesia" RABBITMQ_LOG_BASE="$dir/log" \
      RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf" \
      RABBITMQ_PID_FILE="$dir/rabbitmq.pid"
    "$RABBITMQ_BIN/$command" "$@"
  )
}

rabbitmq_start() {
  mkdir -p "$1"
  local dir
  dir="$(cd "$1" && pwd -P)"
  rabbitmq_install
  mkdir -p "$dir/mnesia" "$dir/log"
  echo "[]." > "$dir/enabled_plugins"
  : > "$dir/rabbitmq-env.conf"
  local amqp dist epmd
  amqp="$(free_port 56720)"
  dist="$(free_port $((amqp + 1)))"
  epmd="$(free_port $((dist + 1)))"
  printf 'amqp=%s\ndist=%s\nepmd=%s\n' "$amqp" "$dist" "$epmd" > "$dir/ports"
  rabbitmq_node "$dir" rabbitmq-server -detached >"$dir/start.log" 2>&1
  for _ in $(seq 120); do
    if rabbitmq_node "$dir" rabbitmqctl -q await_startup >/dev/null 2>&1; then
      export ADOLOGY_RABBITMQ_PORT="$amqp"
      return 0
    fi
    sleep 1
  done
  echo "RabbitMQ did not start; its log ends:" >&2
  tail -n 30 "$dir"/log/*.log "$dir/start.log" >&2 2>/dev/null
  return 1
}

rabbitmq_stop() {
  [ -f "$1/ports" ] || return 0
  local dir
  dir="$(cd "$1" && pwd -P)"
  rabbitmq_node "$dir" rabbitmqctl -q shutdown >/dev/null 2>&1 || true
  (source "$dir/ports"; ERL_EPMD_PORT="$epmd" epmd -kill >/dev/null 2>&1) || true
}
