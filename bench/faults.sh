#!/usr/bin/env bash
# Faults on one instance, measured from outside: (1) slow clients: SLOW clients each
# send a checklist POST's headers and part of its body, then nothing; meanwhile GET /
# and a search are timed, and the slow clients' answers (408 at the body deadline)
# are collected; (2) cache flood: FLOOD requests to /stretches with a made-up
# parameter and 7 KB of padding each; guide-page throughput (wrk) and the heap after a
# full GC are measured before and after the flood.
#
#   bench/faults.sh
#
# Not a test: nothing here fails a build. Record a run in docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PORT=${PORT:-18380}
SLOW=${SLOW:-32}
FLOOD=${FLOOD:-520}
JVM_OPTS=${JVM_OPTS:-$(deployed_jvm_opts)}
need_tools wrk

work=$(mktemp -d /tmp/psoas-faults.XXXXXX)
app_pid=""; slow_pids=()
cleanup() {
  for pid in "$app_pid" "${slow_pids[@]}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true; rm -rf "$work"
}
trap cleanup EXIT
[ -f target/psoas-care.jar ] || ./mvnw -B -q -DskipTests package >/dev/null

# shellcheck disable=SC2086
java $JVM_OPTS -jar target/psoas-care.jar --server.port="$PORT" --psoascare.drain-period=0s >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.1; done
BASE="http://127.0.0.1:$PORT"

echo "slow clients: $SLOW POST bodies that stop after 7 of 100 bytes"
started=$(date +%s%3N)
for i in $(seq 1 "$SLOW"); do
  (
    exec 3<>"/dev/tcp/127.0.0.1/$PORT"
    printf 'POST /checklist HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nanswer=' >&3
    status=$(head -c 12 <&3 | tail -c 3)
    echo "$status $(( $(date +%s%3N) - started ))" >"$work/slow-$i"
  ) &
  slow_pids+=($!)
done
sleep 1
for path in / "/search?q=sciatica" /guides/psoas; do
  curl -s -o /dev/null -m 60 -w "  GET $path while they wait: %{http_code} in %{time_total} s\n" "$BASE$path" || echo "  GET $path: no answer in 60 s"
done
for pid in "${slow_pids[@]}"; do wait "$pid" || true; done
slow_pids=()
cat "$work"/slow-* | awk '{n[$1]++; if ($2 > max) max = $2} END {for (s in n) printf "  slow clients answered %s: %d (the last after %.1f s)\n", s, n[s], max / 1000}'

heap() { jcmd "$app_pid" GC.run >/dev/null; jcmd "$app_pid" GC.heap_info | awk '/generation/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i+1); gsub(/[K,]/, "", v); s += v}} END {printf "%.1f MB", s / 1024}'; }
rps() { wrk -t2 -c32 -d10s "$BASE/guides/psoas" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c32 -d5s "$BASE/guides/psoas" >/dev/null
echo "cache flood: $FLOOD requests to /stretches?x=N&pad=<7 KB>"
echo "  before: $(rps) req/s on a guide, heap used after full GC $(heap)"
pad=$(head -c 7168 /dev/zero | tr '\0' p)
codes=$(for i in $(seq 1 "$FLOOD"); do curl -s -o /dev/null -w "%{http_code}\n" "$BASE/stretches?x=$i&pad=$pad"; done | sort | uniq -c | tr '\n' ' ')
echo "  flood answers: $codes"
echo "  after:  $(rps) req/s on a guide, heap used after full GC $(heap)"
