#!/usr/bin/env bash
# The Dockerfile's steps, run without Docker (this machine has no engine), so CI checks
# what the image would do: build from pom.xml and src/main only (as .dockerignore lets
# through) with tests not even compiled, extract the jar, give the app directory to an
# unprivileged user and train the start-up cache as that user (it must be able to write
# /app), start the app with the cache and ask the health-check class, as the
# HEALTHCHECK does, then stop the app with SIGTERM and check the health check fails.
#
#   .ci/image-steps.sh          # run from the repository; needs root to switch user
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d /tmp/psoas-image.XXXXXX)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Java 25 as in the runtime image when present (AOT cache), else this JDK (AppCDS).
JAVA=java
for jdk in /usr/lib/jvm/temurin-25*; do [ -x "$jdk/bin/java" ] && JAVA="$jdk/bin/java"; done
major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')

echo "image: build stage (pom.xml and src/main only, tests not compiled)"
mkdir -p "$work/src"
cp pom.xml "$work/src/"
cp -r src/main "$work/src/src-main" && mkdir -p "$work/src/src" && mv "$work/src/src-main" "$work/src/src/main"
[ ! -e "$work/src/src/test" ] || { echo "image: src/test must not reach the build" >&2; exit 1; }
(cd "$work/src" && mvn -B -q package -Dmaven.test.skip=true)
[ ! -d "$work/src/target/test-classes" ] || { echo "image: tests were compiled" >&2; exit 1; }
"$JAVA" -Djarmode=tools -jar "$work/src/target/psoas-care.jar" extract --destination "$work/app" >/dev/null

echo "image: runtime stage (app directory owned by an unprivileged user)"
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  chmod 755 "$work"
  chown -R nobody "$work/app"
  run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
if [ "$major" -ge 25 ]; then
  train=(-XX:AOTCacheOutput="$work/app/app.aot"); use=(-XX:AOTCache="$work/app/app.aot"); cache="$work/app/app.aot"
else
  train=(-XX:ArchiveClassesAtExit="$work/app/app.jsa"); use=(-XX:SharedArchiveFile="$work/app/app.jsa"); cache="$work/app/app.jsa"
fi
log="$work/train.log"
"${run_as[@]}" "$JAVA" "${train[@]}" -Dspring.context.exit=onRefresh -Dpsoascare.drain-period=0s \
  -jar "$work/app/psoas-care.jar" --server.port=0 >"$log" 2>&1
[ -s "$cache" ] || { cat "$log" >&2; echo "image: no start-up cache was written" >&2; exit 1; }
if grep -qiE 'error|exception' "$log"; then
  cat "$log" >&2; echo "image: the training run logged errors" >&2; exit 1
fi
echo "image: start-up cache written by $(stat -c %U "$cache") ($(du -h "$cache" | cut -f1))"

port=${IMAGE_PORT:-18090}
export SERVER_PORT=$port
"${run_as[@]}" "$JAVA" "${use[@]}" -XX:+UseSerialGC -Xms32m -Xmx64m -jar "$work/app/psoas-care.jar" >"$work/app.log" 2>&1 &
app_pid=$!
health() { "$JAVA" -XX:TieredStopAtLevel=1 -cp "$work/app/psoas-care.jar" org.psoascare.HealthCheck; }
healthy=""
for _ in $(seq 1 120); do
  if health; then healthy=yes; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 1
done
[ -n "$healthy" ] || { cat "$work/app.log" >&2; echo "image: never healthy" >&2; exit 1; }
echo "image: health check passes once ready"
kill -TERM "$app_pid"; wait "$app_pid" || true; app_pid=""
if health; then echo "image: health check passes with the app stopped" >&2; exit 1; fi
echo "image: health check fails once stopped; all steps passed"
