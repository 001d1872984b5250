#!/usr/bin/env bash
# Hostile load (issue 26): starts the packaged app as bench/run.sh does, then
#  1. while 16 connections send the costliest search found (four unknown 20-letter
#     words), measures / , a guide and a normal search (4 connections each, wrk);
#  2. while 64 clients are connected that pipeline guide requests and never read the
#     answers, times GET / with curl (5 tries).
# Not a test: it asserts nothing. Record a run in docs/benchmarks.md.
#
#   bench/hostile.sh                      # builds target/psoas-care.jar first
#   JAR=/tmp/old/psoas-care.jar bench/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

APP_PORT=${APP_PORT:-18090}
DURATION=${DURATION:-10s}
JVM_OPTS=${JVM_OPTS:-$(deployed_jvm_opts)}
need_tools wrk curl python3
JAVA=${BENCH_JAVA:-}
if [ -z "$JAVA" ]; then
  for jdk in /usr/lib/jvm/temurin-25*; do [ -x "$jdk/bin/java" ] && JAVA="$jdk/bin/java"; done
fi
JAVA=${JAVA:-java}

work=$(mktemp -d /tmp/psoas-hostile.XXXXXX)
app_pid=""; load_pid=""
cleanup() {
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${JAR:-}" ]; then
  echo "hostile: building" >&2
  ./mvnw -B -q -DskipTests package >/dev/null
  JAR=target/psoas-care.jar
fi
# shellcheck disable=SC2086
MALLOC_ARENA_MAX=2 "$JAVA" $JVM_OPTS -jar "$JAR" --server.port="$APP_PORT" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 1200); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.05
done
BASE="http://127.0.0.1:$APP_PORT"
COSTLY="$BASE/search?q=qwertyuiopasdfghjklz+zxcvbnmlkjhgfdsapoiu+mnbvcxzlkjhgfdsapoiq+plokmijnuhbygvtfcrdx"
p99() { awk '$1=="99%" {print $2}'; }
echo "hostile: warming up" >&2
for url in "$BASE/" "$BASE/guides/psoas" "$BASE/search?q=stretch" "$COSTLY"; do wrk -t2 -c8 -d5s "$url" >/dev/null; done

echo "Java: $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| while 16 connections send the costliest search | p50 | p99 | requests/s |"
echo "|---|---:|---:|---:|"
wrk -t2 -c16 -d40s --latency "$COSTLY" >"$work/costly.txt" &
load_pid=$!
sleep 3
for entry in "home|$BASE/" "guide|$BASE/guides/psoas" "normal search (stretch)|$BASE/search?q=stretch"; do
  IFS='|' read -r name url <<<"$entry"
  out=$(wrk -t1 -c4 -d"$DURATION" --latency "$url")
  echo "| $name | $(awk '$1=="50%" {print $2}' <<<"$out") | $(p99 <<<"$out") | $(awk '/^Requests\/sec:/ {print $2}' <<<"$out") |"
done
wait "$load_pid" || true
load_pid=""
echo "| the costly search itself (16 connections) | $(awk '$1=="50%" {print $2}' "$work/costly.txt") | $(p99 <"$work/costly.txt") | $(awk '/^Requests\/sec:/ {print $2}' "$work/costly.txt") |"
echo "costly search answers: $(awk '/requests in/ {print $1}' "$work/costly.txt") in all; $(grep -E 'Non-2xx|Socket errors' "$work/costly.txt" | tr -s ' ' || echo 'no non-2xx') (non-2xx are 503 + Retry-After from the full search queue)"

echo
echo "64 clients pipelining guide requests without reading:"
python3 - "$APP_PORT" <<'PY' &
import socket, sys, time
port = int(sys.argv[1])
request = b"GET /guides/psoas HTTP/1.1\r\nHost: localhost\r\n\r\n" * 600
held = []
for _ in range(64):
    s = socket.create_connection(("127.0.0.1", port))
    s.setblocking(False)
    try:
        s.send(request)
    except BlockingIOError:
        pass
    held.append(s)
time.sleep(30)
PY
load_pid=$!
sleep 3
for i in 1 2 3 4 5; do
  curl -s -o /dev/null -m 30 -w "GET / try $i: %{http_code} in %{time_total} s\n" "$BASE/"
  sleep 0.5
done
kill "$load_pid" 2>/dev/null || true
wait "$load_pid" 2>/dev/null || true
load_pid=""
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
