#!/usr/bin/env bash
# Benchmarks. ./bench.sh pipeline --items 6600 [--transport rabbitmq] | ./bench.sh progress | ./bench.sh report | ./bench.sh ai --items 100000
#   | ./bench.sh search --creatives 100000 (a catalogue of N demo creatives, then 1,000 mixed searches over HTTP;
#     prints: search: creatives=N queries=Q p50_ms=A p99_ms=B)
#   | ./bench.sh enrich --items 2000 | ./bench.sh models
#   pipeline: the real host (published build, its own process, the enriching models off) scans a local feed of ~20 KB
#   PNGs with ~400 bytes of ad copy each end to end; the raw-limit baseline does the same downloads and per-item work
#   (pictures and copy) in a plain parallel loop and one COPY; five rounds of new pictures, host and baseline in turn.
#   (--rounds N: fewer rounds for quick iteration.) Prints the medians: pipeline: items=N seconds=S items_per_s=R baseline_items_per_s=B ratio=R/B models=off
#   (no line and a non-zero exit when a scan did not complete with every item)
#   enrich: the real host enriches a scan of ~20 KB ad JPEGs with copy and text on the picture; then the same models run
#   over the same pictures in a plain batched loop. Prints: enrich: items=N seconds=S items_per_s=R raw_items_per_s=B ratio=R/B
#   connections: the real host holds --count N authenticated WebSocket hub connections (raw SignalR JSON clients bound to
#   127.0.0.2…, 20,000 a source address), each joined to one of N/1,000 open feed scans; then one event (a scan's
#   CANCELLED) to its 1,000 watchers. Prints: connections: count=N host_rss_mb=M broadcast_p99_ms=P
#   soak --minutes 10: 20 users start scans continuously (demo; feed scans with failing and slow items; every eighth
#   cancelled) with API reads and 200 hub watchers; the host is SIGKILLed midway and restarted on the same database and
#   blobs. Prints: soak: minutes=M scans=N completed=C lost=L stuck=S rss_start_mb=A rss_end_mb=B api_p99_ms=P
#   (rss_end is the restarted host's; no line and a non-zero exit only when the soak itself could not run)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
source scripts/rabbitmq.sh

work="$(mktemp -d)"
chmod 755 "$work" # the PostgreSQL server runs as its own user
cleanup() { rabbitmq_stop "$work/rabbitmq"; postgres_stop "$work/postgres"; rm -rf "$work"; }
trap cleanup EXIT

PG_DATABASE=adology_bench postgres_start "$work/postgres"
# --transport rabbitmq: the host's bus is a RabbitMQ node of the benchmark's own (ADOLOGY_RABBITMQ_PORT).
if [[ " $* " == *" --transport rabbitmq "* ]]; then rabbitmq_start "$work/rabbitmq"; fi
dotnet publish Adology.Web -c Release -o "$work/host" -v quiet -nologo
dotnet build Adology.Bench -c Release -v quiet -nologo

# One descriptor a connection in the benchmark and one in the host (its child, which inherits the limit): as high as
# the hard limit allows; the connections benchmark fails, naming it, when that is too low for its --count.
ulimit -n 200000 2>/dev/null || ulimit -n "$(ulimit -Hn)"

export BENCH_WORK="$work"
dotnet Adology.Bench/bin/Release/net10.0/Adology.Bench.dll "$@" --host-dll "$work/host/Adology.Web.dll"
