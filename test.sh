#!/usr/bin/env bash
# Restores, builds and runs every test against a real PostgreSQL started here, then prints
# "tests: N passed, N failed, N skipped" from the run's TRX results. Non-zero exit on any failure.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d)"
chmod 755 "$work" # the PostgreSQL server runs as its own user
cleanup() { postgres_stop "$work/postgres"; rm -rf "$work"; }
trap cleanup EXIT

PG_DATABASE=adology_tests postgres_start "$work/postgres"

# The browser tests drive Debian's Chromium and need the built dashboard.
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
scripts/client.sh

dotnet tool restore >/dev/null
dotnet restore
dotnet build --no-restore -c Release
dotnet format --verify-no-changes --no-restore
# The end-to-end tests run the published host as a process of its own.
dotnet publish Adology.Web -c Release --no-build -o "$work/publish" -v quiet -nologo
export ADOLOGY_PUBLISHED_HOST="$work/publish/Adology.Web.dll"

results="$work/results"
status=0
Blobs__Path="$work/blobs" dotnet test --no-build -c Release \
  --logger "trx;LogFileName=tests.trx" --results-directory "$results" "$@" || status=$?

trx="$results/tests.trx"
if [ ! -f "$trx" ]; then
  echo "tests: 0 passed, 1 failed (the test run produced no results)"
  exit 1
fi
counter() { grep -o "<Counters [^>]*" "$trx" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*"; }
total="$(counter total)"; passed="$(counter passed)"; skipped="$(counter notExecuted)"
failed=$((total - passed - skipped))
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
