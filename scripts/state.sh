# The checkout's private state (.data/ for run.sh): only its owner may read it. Source it, then call:
#   state_dir DIR     creates DIR 0700, or tightens an existing one (and its signing key) to 0700/0600
#   signing_key DIR   prints the JWT signing key kept in DIR/signing-key (0600), made once

state_dir() {
  mkdir -p "$1"
  chmod 700 "$1"
  [ ! -f "$1/signing-key" ] || chmod 600 "$1/signing-key"
}

signing_key() {
  local file="$1/signing-key"
  if [ ! -s "$file" ]; then
    (umask 077 && head -c 48 /dev/urandom | base64 -w0 > "$file")
  fi
  chmod 600 "$file"
  cat "$file"
}
