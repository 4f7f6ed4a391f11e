# What the project-local servers of run.sh, test.sh and bench.sh share: free loopback ports, Debian packages. Source it.

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && ! port_is_bound "$1"
}

# Whether any socket holds the port: besides a listener, the local end of an outgoing connection, which the kernel
# gives from the same range (ip_local_port_range, 32768-60999) and which a connection attempt cannot see. Each table
# on its own: without IPv6 there is no tcp6, and awk fails on a missing file whatever it found in the others.
port_is_bound() {
  local suffix table; suffix="$(printf ':%04X' "$1")"
  for table in /proc/net/tcp /proc/net/tcp6; do
    if [ -r "$table" ] && awk -v suffix="$suffix" 'FNR > 1 && substr($2, length($2) - 4) == suffix { found = 1 } END { exit !found }' "$table"; then
      return 0
    fi
  done
  return 1
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
