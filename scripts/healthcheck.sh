#!/usr/bin/env bash
# Exits 0 when the host on 127.0.0.1:PORT (default 8080) answers GET /health/ready with 200.
# The image's HEALTHCHECK (the aspnet image has bash but neither curl nor wget) and test.sh's probe
# of the published host, so the probe the container uses is the one the tests run.
port="${1:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
[[ "$status" == "HTTP/1."?" 200 "* ]]
