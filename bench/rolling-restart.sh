#!/usr/bin/env bash
# Rolling restart under load: two instances behind nginx (configured as
# docs/operations.md recommends), wrk sending guide pages and checklist POSTs through
# it, while each instance in turn gets SIGTERM, drains, stops and starts again. Prints
# how many requests failed (non-2xx and socket errors, as wrk counts them) and how
# many nginx had to retry on the other instance. Everything runs on loopback.
#
#   bench/rolling-restart.sh                                    # as shipped
#   APP_ARGS=--psoascare.drain-period=0s NGINX_RETRY=default \
#     bench/rolling-restart.sh                                  # no drain, nginx's defaults
#
# Not a test: nothing here fails a build. Record a run in docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PORT_A=${PORT_A:-18181}
PORT_B=${PORT_B:-18182}
PROXY_PORT=${PROXY_PORT:-18180}
CONNECTIONS=${CONNECTIONS:-16}
APP_ARGS=${APP_ARGS:-}
NGINX_RETRY=${NGINX_RETRY:-on}
JVM_OPTS=${JVM_OPTS:-$(deployed_jvm_opts)}

need_tools wrk nginx curl
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/psoas-roll.XXXXXX)
chmod 755 "$work"
declare -A pids=()
nginx_pid=""; wrk_pids=()
cleanup() {
  for pid in "${pids[@]}" "$nginx_pid" "${wrk_pids[@]}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -f target/psoas-care.jar ] || ./mvnw -B -q -DskipTests package >/dev/null
cp target/psoas-care.jar "$work/app.jar"

start() { # name port
  # shellcheck disable=SC2086
  java $JVM_OPTS -jar "$work/app.jar" --server.port="$2" $APP_ARGS >>"$work/$1.log" 2>&1 &
  pids[$1]=$!
  for _ in $(seq 1 1200); do
    curl -sf "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "${pids[$1]}" 2>/dev/null || { cat "$work/$1.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "roll: $1 never became ready" >&2; exit 1
}

echo "roll: starting two instances" >&2
start a "$PORT_A"; start b "$PORT_B"

case "$NGINX_RETRY" in
  on) retry="proxy_next_upstream error timeout http_502 http_503 non_idempotent; proxy_next_upstream_tries 2;" ;;
  default) retry="" ;; # nginx's own default: retry GET, never POST, on error or timeout
  *) retry="proxy_next_upstream off;" ;;
esac
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  upstream app {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=5s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    client_body_buffer_size 16k;
    client_max_body_size 16k;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_connect_timeout 1s;
      $retry
    }
  }
}
CONF
mkdir -p "$work/tmp"
"$NGINX" -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PROXY_PORT/" >/dev/null 2>&1 && break; sleep 0.05; done

echo "roll: load through nginx while each instance restarts" >&2
wrk -t1 -c"$CONNECTIONS" -d600s --timeout 10s "http://127.0.0.1:$PROXY_PORT/guides/psoas" >"$work/wrk-get.txt" 2>&1 &
wrk_pids+=($!)
wrk -t1 -c"$CONNECTIONS" -d600s --timeout 10s -s bench/checklist-post.lua "http://127.0.0.1:$PROXY_PORT/checklist" >"$work/wrk-post.txt" 2>&1 &
wrk_pids+=($!)
sleep 5
began=$(date +%s)
for name in a b; do
  port=$PORT_A; [ "$name" = b ] && port=$PORT_B
  echo "roll: SIGTERM to $name" >&2
  kill -TERM "${pids[$name]}"
  wait "${pids[$name]}" || true
  start "$name" "$port"
  echo "roll: $name is back and ready" >&2
done
sleep 5
took=$(( $(date +%s) - began ))
for pid in "${wrk_pids[@]}"; do kill -INT "$pid"; wait "$pid" || true; done
wrk_pids=()

summary() {
  local file=$1 total failed errors
  total=$(awk '/requests in/ {print $1}' "$file")
  failed=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$file"); failed=${failed:-0}
  errors=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10 " (connect " $4 ", read " $6 ", write " $8 ", timeout " $10 ")"}' "$file")
  echo "$total requests, $failed non-2xx, ${errors:-0} socket errors"
}
retried=$(grep -c "while connecting to upstream\|upstream prematurely closed\|while reading response header" "$work/nginx-error.log" || true)
echo "rolling restart of 2 instances under load (${took} s, ${CONNECTIONS}+${CONNECTIONS} connections):"
echo "  GET /guides/psoas:   $(summary "$work/wrk-get.txt")"
echo "  POST /checklist:     $(summary "$work/wrk-post.txt")"
echo "  upstream errors nginx met (and retried when allowed): $retried"
