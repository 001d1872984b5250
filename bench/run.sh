#!/usr/bin/env bash
# Benchmark: builds and starts the packaged app as it would be deployed, then measures
# with wrk (2 threads, 32 connections) the home page, a guide, a stretch, a routine, a
# search for a common word (SEARCH_QUERY, default "stretch": 34 results, a page of 10
# highlighted) and a checklist POST, plus the same guide's HTML served as a static file by nginx on this
# machine as the ceiling. Reports start-up time, RSS before and after load, and the
# app/nginx ratio per page. Everything runs on loopback and stops by itself.
#
#   bench/run.sh                 # defaults below
#   DURATION=30s WARMUP=60 bench/run.sh
#
# Not a test: nothing here fails a build. Record a run in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SEARCH_QUERY=${SEARCH_QUERY:-stretch}
JVM_OPTS=${JVM_OPTS:-$(deployed_jvm_opts)}

need_tools wrk nginx curl
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# A Java 25 runtime gets the AOT cache; Java 17 gets an AppCDS archive.
JAVA=${BENCH_JAVA:-}
if [ -z "$JAVA" ]; then
  for jdk in /usr/lib/jvm/temurin-25*; do [ -x "$jdk/bin/java" ] && JAVA="$jdk/bin/java"; done
fi
JAVA=${JAVA:-java}
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')

work=$(mktemp -d /tmp/psoas-bench.XXXXXX)
chmod 755 "$work"
app_pid=""; nginx_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "bench: building" >&2
./mvnw -B -q -DskipTests package >/dev/null
java -Djarmode=tools -jar target/psoas-care.jar extract --destination "$work/app" >/dev/null
JAR="$work/app/psoas-care.jar"

if [ "$JAVA_MAJOR" -ge 25 ]; then
  echo "bench: training the AOT cache (Java $JAVA_MAJOR)" >&2
  "$JAVA" -XX:AOTCacheOutput="$work/app/app.aot" -Dspring.context.exit=onRefresh -jar "$JAR" >/dev/null 2>&1
  STARTUP_OPTS="-XX:AOTCache=$work/app/app.aot"
else
  echo "bench: training the AppCDS archive (Java $JAVA_MAJOR)" >&2
  "$JAVA" -XX:ArchiveClassesAtExit="$work/app/app.jsa" -Dspring.context.exit=onRefresh -jar "$JAR" >/dev/null 2>&1
  STARTUP_OPTS="-XX:SharedArchiveFile=$work/app/app.jsa"
fi

rss_kb() { awk -v key="${2:-VmRSS}:" '$1 == key {print $2}' "/proc/$1/status"; }
ms_now() { date +%s%3N; }

echo "bench: starting the app" >&2
start=$(ms_now)
# shellcheck disable=SC2086
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} "$JAVA" $JVM_OPTS $STARTUP_OPTS -jar "$JAR" --server.port="$APP_PORT" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.05
done
startup_ms=$(( $(ms_now) - start ))
rss_start=$(rss_kb "$app_pid")

BASE="http://127.0.0.1:$APP_PORT"
mkdir -p "$work/static"
curl -sf "$BASE/guides/psoas" -o "$work/static/guide.html"
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-tmp;
  proxy_temp_path $work/nginx-tmp;
  fastcgi_temp_path $work/nginx-tmp;
  uwsgi_temp_path $work/nginx-tmp;
  scgi_temp_path $work/nginx-tmp;
  types { text/html html; }
  server { listen 127.0.0.1:$NGINX_PORT; root $work/static; }
}
CONF
mkdir -p "$work/nginx-tmp"
"$NGINX" -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$NGINX_PORT/guide.html" >/dev/null 2>&1 && break; sleep 0.05; done

pages=(
  "home|$BASE/"
  "guide|$BASE/guides/psoas"
  "stretch|$BASE/stretches/thomas-stretch"
  "routine|$BASE/routines/psoas-release"
  "search (common word)|$BASE/search?q=$SEARCH_QUERY"
  "checklist POST|$BASE/checklist|bench/checklist-post.lua"
  "nginx: same guide as a static file|http://127.0.0.1:$NGINX_PORT/guide.html"
)

echo "bench: warming up for ${WARMUP}s (JIT)" >&2
per=$(( WARMUP / ${#pages[@]} )); [ "$per" -lt 1 ] && per=1
for entry in "${pages[@]}"; do
  IFS='|' read -r _ url script <<<"$entry"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${per}s" ${script:+-s "$script"} "$url" >/dev/null
done

# Several rounds, every page then nginx in each, so drift in the machine's speed hits
# the app and its ceiling alike; each figure is the median over the rounds, and each
# ratio is taken against nginx in the same round.
raw="$work/raw.txt"
: >"$raw"
for round in $(seq 1 "$ROUNDS"); do
  for entry in "${pages[@]}"; do
    IFS='|' read -r name url script <<<"$entry"
    echo "bench: round $round/$ROUNDS, $name for $DURATION" >&2
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency ${script:+-s "$script"} "$url")
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$out")
    echo "$round|$name|$rps|$p50|$p99|$errors" >>"$raw"
  done
done
# To milliseconds, so latencies sort and compare.
ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }; printf "%.2f", v }' <<<"$1"; }
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
results="$work/results.txt"
: >"$results"
for entry in "${pages[@]}"; do
  IFS='|' read -r name _ _ <<<"$entry"
  rps=$(awk -F'|' -v n="$name" '$2 == n {print $3}' "$raw" | median)
  p50=$(awk -F'|' -v n="$name" '$2 == n {print $4}' "$raw" | while read -r v; do ms "$v"; echo; done | median)
  p99=$(awk -F'|' -v n="$name" '$2 == n {print $5}' "$raw" | while read -r v; do ms "$v"; echo; done | median)
  ratio=$(awk -F'|' -v n="$name" '$2 == n {r[$1] = $3} /^[0-9]+\|nginx/ {g[$1] = $3} END { for (k in r) if (g[k] > 0) print 100 * r[k] / g[k] }' "$raw" | median)
  errors=$(awk -F'|' -v n="$name" '$2 == n && $6 != "" {print $6}' "$raw" | head -1)
  echo "$name|$rps|$p50|$p99|$ratio|$errors" >>"$results"
done
rss_after=$(rss_kb "$app_pid")
anon_after=$(rss_kb "$app_pid" RssAnon)
file_after=$(rss_kb "$app_pid" RssFile)

guide_ratio=$(awk -F'|' '$1=="guide" {print $5}' "$results")
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
{
  echo "Machine: $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB; wrk and servers share it"
  echo "Java: $("$JAVA" -version 2>&1 | head -1); options: $JVM_OPTS $( [ "$JAVA_MAJOR" -ge 25 ] && echo '+ AOT cache' || echo '+ AppCDS'); MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}"
  echo "wrk: $THREADS threads, $CONNECTIONS connections; $ROUNDS rounds of $DURATION per page after ${WARMUP}s warm-up; medians; no compression asked"
  echo
  echo "| page | requests/s | p50 | p99 | app/nginx | errors |"
  echo "|---|---:|---:|---:|---:|---|"
  while IFS='|' read -r name rps p50 p99 ratio errors; do
    printf '| %s | %.0f | %s ms | %s ms | %.0f%% | %s |\n' "$name" "$rps" "$p50" "$p99" "$ratio" "${errors:-none}"
  done <"$results"
  echo
  echo "Start-up (process start to readiness UP): ${startup_ms} ms"
  echo "RSS: $(( rss_start / 1024 )) MB after start, $(( rss_after / 1024 )) MB after load ($(( anon_after / 1024 )) MB private anonymous memory, $(( file_after / 1024 )) MB file-backed: jars and the shared AOT/CDS archive)"
  printf 'Guide at %.0f%% of nginx'"'"'s static throughput (median of per-round ratios)\n' "$guide_ratio"
} | tee "${BENCH_OUT:-/dev/null}"
