#!/usr/bin/env bash
# Connection storm: for each heap size, start the packaged app, warm it up, then open
# CONNECTIONS connections at once with wrk against a guide page; print requests per
# second, latency, non-2xx and socket errors, and the share of wall time spent in GC.
#
#   bench/storm.sh                       # heaps 64m 128m 256m, 1000 connections
#   HEAPS="96m 128m" CONNECTIONS=2000 bench/storm.sh
#
# Not a test: nothing here fails a build. Record a run in docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PORT=${PORT:-18280}
HEAPS=${HEAPS:-64m 128m 256m}
CONNECTIONS=${CONNECTIONS:-1000}
DURATION=${DURATION:-20s}
APP_ARGS=${APP_ARGS:-}

need_tools wrk
ulimit -n 65536 2>/dev/null || true
work=$(mktemp -d /tmp/psoas-storm.XXXXXX)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
[ -f target/psoas-care.jar ] || ./mvnw -B -q -DskipTests package >/dev/null

for heap in $HEAPS; do
  # shellcheck disable=SC2086
  java -XX:+UseSerialGC -Xms32m -Xmx"$heap" -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k \
    -Xlog:gc:file="$work/gc-$heap.log" -jar target/psoas-care.jar --server.port="$PORT" \
    --psoascare.drain-period=0s $APP_ARGS >"$work/app-$heap.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1200); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 0.1
  done
  wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/guides/psoas" >/dev/null
  : >"$work/gc-$heap.log"
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/guides/psoas" 2>&1)
  gc_ms=$(grep -oE '[0-9.]+ms$' "$work/gc-$heap.log" | tr -d 'ms' | awk '{s+=$1} END {printf "%d", s}')
  full=$(grep -c "Pause Full" "$work/gc-$heap.log" || true)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  rss=$(awk '$1 == "VmRSS:" {print int($2/1024)}' "/proc/$app_pid/status")
  echo "heap $heap, $CONNECTIONS connections: $rps req/s, p99 $p99, ${non2xx:-0} non-2xx, ${errors:-0} socket errors, GC ${gc_ms} ms in $DURATION ($full full), RSS ${rss} MB"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
done
