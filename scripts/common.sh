# What the project-local servers of run.sh, test.sh and bench.sh share: free loopback ports, Debian packages. Source it.

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The first free port from $1 on.
free_port() {
  local port="${1:-55432}"
  while ! port_is_free "$port"; do port=$((port + 1)); done
  echo "$port"
}

# apt_install NAME PACKAGE...: installs Debian packages (as root, or with sudo), saying so.
apt_install() {
  echo "Installing $1 (apt-get)..." >&2
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${@:2}" >/dev/null
}
