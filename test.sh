#!/usr/bin/env bash
# Restores, builds and runs every test against a real PostgreSQL started here, then prints
# "tests: N passed, N failed, N skipped" from the run's TRX results. Non-zero exit on any failure.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
source scripts/rabbitmq.sh
source scripts/redis.sh
source scripts/models.sh

command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work="$(mktemp -d)"
chmod 755 "$work" # the PostgreSQL server runs as its own user
cleanup() { redis_stop "$work/redis"; rabbitmq_stop "$work/rabbitmq"; postgres_stop "$work/postgres"; rm -rf "$work"; }
trap cleanup EXIT

PG_DATABASE=adology_tests postgres_start "$work/postgres"
# The scale-out tests run hosts on the RabbitMQ transport and the Redis backplane (ADOLOGY_RABBITMQ_PORT, ADOLOGY_REDIS_PORT).
rabbitmq_start "$work/rabbitmq"
redis_start "$work/redis"

# The dashboard tests drive Debian's Chromium and need the built dashboard; the browser source renders pages in it.
[ -x /usr/bin/chromium ] || apt_install Chromium chromium
scripts/client.sh

# The enriching models read on-image text with Tesseract; their tests use real photos.
models_install
export ADOLOGY_SKIMAGE_DATA="${ADOLOGY_SKIMAGE_DATA:-$(skimage_data "$work/skimage")}"

dotnet tool restore >/dev/null
dotnet restore
dotnet build --no-restore -c Release
dotnet format --verify-no-changes --no-restore
# The end-to-end tests run the published host as a process of its own.
dotnet publish Adology.Web -c Release --no-build -o "$work/publish" -v quiet -nologo
export ADOLOGY_PUBLISHED_HOST="$work/publish/Adology.Web.dll"

# The published output itself must start and become ready, as the image runs it: counted as one test.
published_host_starts() {
  local port log="$work/published-host.log" pid ready=1
  # Below Linux's ephemeral range (32768-60999), where a client socket of this machine may hold the port meanwhile.
  port="$(free_port 18080)"
  # A database of its own, created beforehand as a deployment's is, so the host's first start migrates it.
  PGPASSWORD="$(cat "$work/postgres/password")" "$PG_BIN/psql" -h 127.0.0.1 -p "$(cat "$work/postgres/port")" -U postgres -qc "CREATE DATABASE adology_published" >/dev/null
  ConnectionStrings__Adology="${ConnectionStrings__Adology/Database=adology_tests/Database=adology_published}" \
    Blobs__Path="$work/published-blobs" Auth__SigningKey="$(head -c 48 /dev/urandom | base64 -w0)" \
    Seed__AdminPassword="$(head -c 12 /dev/urandom | base64 -w0)" \
    dotnet "$ADOLOGY_PUBLISHED_HOST" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    if scripts/healthcheck.sh "$port" 2>/dev/null; then ready=0; break; fi
    sleep 1
  done
  kill "$pid" 2>/dev/null
  for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ "$ready" -eq 0 ]; then
    echo "published host: /health/ready answered 200"
  else
    echo "published host: /health/ready did not answer 200 within 60 s; its log ends:" >&2
    tail -n 30 "$log" >&2
  fi
  return "$ready"
}
published_failed=0
published_host_starts || published_failed=1

results="$work/results"
status=0
Blobs__Path="$work/blobs" dotnet test --no-build -c Release \
  --logger "trx;LogFileName=tests.trx" --results-directory "$results" "$@" || status=$?

# Fails when no test ran, when fewer ran than the known number (unless the run was filtered by arguments), or when a
# test was skipped without a reason; the last line is the summary.
floor=Adology.Tests/expected-test-count
[ "$#" -eq 0 ] || floor=-
summary_status=0
scripts/test-summary.sh "$results/tests.trx" "$floor" "$((1 - published_failed))" "$published_failed" || summary_status=$?
[ "$summary_status" -eq 0 ] && [ "$status" -eq 0 ]
