#!/usr/bin/env bash
# Starts Adology on http://127.0.0.1:5080 (ASPNETCORE_URLS or --urls win) with the demo source ready.
# Unless ConnectionStrings__Adology is set, it first starts a project-local PostgreSQL under .data/.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
source scripts/models.sh
source scripts/state.sh

command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
# .data/ holds the signing key, the database's password and files: its owner's only (0700).
state_dir .data

if [ -z "${ConnectionStrings__Adology:-}" ]; then
  postgres_start .data/postgres
  trap 'postgres_stop .data/postgres' EXIT
  echo "PostgreSQL: .data/postgres on port $(cat .data/postgres/port)"
fi

# Tokens stay valid across restarts: one signing key per checkout, kept under .data/.
if [ -z "${Auth__SigningKey:-}" ]; then
  Auth__SigningKey="$(signing_key .data)"
  export Auth__SigningKey
fi

models_install

# The browser source renders pages in Debian's Chromium (Gather__Browser__ExecutablePath points elsewhere).
if [ -z "${Gather__Browser__ExecutablePath:-}" ] && [ ! -x /usr/bin/chromium ]; then
  apt_install Chromium chromium || echo "Chromium could not be installed: scans with the browser source are refused until it is." >&2
fi

scripts/client.sh
dotnet run --project Adology.Web -c Release -- "$@"
