#!/usr/bin/env bash
# Lighthouse (SEO, accessibility, best practices) on the five pages the issue names:
# the home page, a guide, a stretch, a routine and the checklist. Starts the app with
# Maven on a free port, installs Lighthouse 12 with npm into a temporary folder (not
# into the project: no lock file, no registry address kept), runs it with Debian's
# Chromium, prints each page's scores and any SEO audit that did not pass, and stops.
#
#   bench/lighthouse.sh
#   BASE=http://localhost:8080 bench/lighthouse.sh   # an app that is already running
#
# Not a test: the crawler tests (SiteHeadCrawlTests) check the same criteria on every
# page in every build. Record a run in docs/seo.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES=(/ /guides/psoas /stretches/thomas-stretch /routines/desk-break /checklist)
PORT=${PORT:-18090}
WORK=$(mktemp -d)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v chromium >/dev/null 2>&1 || { echo "lighthouse: needs chromium (apt-get install chromium)" >&2; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "lighthouse: needs npm (apt-get install npm)" >&2; exit 1; }

if [ -z "${BASE:-}" ]; then
  BASE="http://localhost:$PORT"
  ./mvnw -q -B -ntp package -DskipTests
  java -jar target/psoas-care.jar --server.port="$PORT" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$BASE/actuator/health/readiness" && break
    sleep 1
  done
fi

(cd "$WORK" && npm install --silent --no-audit --no-fund lighthouse@12 >/dev/null)
for page in "${PAGES[@]}"; do
  out="$WORK/report.json"
  CHROME_PATH=$(command -v chromium) "$WORK/node_modules/.bin/lighthouse" "$BASE$page" --quiet \
    --only-categories=seo,accessibility,best-practices --output=json --output-path="$out" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
  python3 - "$page" "$out" <<'PY'
import json, sys
page, path = sys.argv[1], sys.argv[2]
report = json.load(open(path))
scores = " ".join(f"{key}={value['score']}" for key, value in report["categories"].items())
failed = [ref["id"] for ref in report["categories"]["seo"]["auditRefs"]
          if report["audits"][ref["id"]]["score"] not in (1, None)]
print(f"{page:28} {scores}  lighthouse {report['lighthouseVersion']}" + (f"  failed: {failed}" if failed else ""))
PY
done
