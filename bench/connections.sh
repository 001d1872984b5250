#!/usr/bin/env bash
# How many held connections one instance takes before new requests wait (issue 26):
# starts the packaged jar, opens N connections that each send half a request head (one
# header line, never the blank line) or sit idle after one answered request, then times
# GET / on a new connection with curl. Run for several N. Not a test: it asserts nothing.
#
#   JAR=target/psoas-care.jar bench/connections.sh        # N = 500 990 1100 2000
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
APP_PORT=${APP_PORT:-18091}
JVM_OPTS=${JVM_OPTS:-$(deployed_jvm_opts)}
JAVA=${BENCH_JAVA:-java}
JAR=${JAR:-target/psoas-care.jar}
COUNTS=${COUNTS:-500 990 1100 2000}
work=$(mktemp -d /tmp/psoas-conn.XXXXXX)
app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
ulimit -n 8192 2>/dev/null || true
# shellcheck disable=SC2086
MALLOC_ARENA_MAX=2 "$JAVA" $JVM_OPTS -jar "$JAR" --server.port="$APP_PORT" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 1200); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.05
done
echo "Java: $("$JAVA" -version 2>&1 | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in partial-head idle-keep-alive; do
  for n in $COUNTS; do
    python3 - "$APP_PORT" "$n" "$kind" <<'PY' &
import socket, sys, time
port, n, kind = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
held = []
for _ in range(n):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=2)
    except OSError:
        continue
    try:
        if kind == "partial-head":
            s.send(b"GET / HTTP/1.1\r\nHost: x\r\n")
        else:
            s.send(b"GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n")
            s.recv(65536)
    except OSError:
        pass
    held.append(s)
time.sleep(14)
PY
    holder=$!
    sleep 6
    t=$(curl -s -o /dev/null -m 20 -w '%{http_code} in %{time_total} s' "http://127.0.0.1:$APP_PORT/" || true)
    echo "$kind x $n: GET / $t"
    wait "$holder" 2>/dev/null || true
    sleep 2
  done
done
