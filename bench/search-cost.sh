#!/usr/bin/env bash
# What one search costs in-process: thread CPU time and bytes allocated per search for
# a few queries (stretch, psoas, back pain at night, siatica, and the costliest kind
# found: four and eight unknown 20-letter words), first the search alone,
# then the whole page through MockMvc (search, filling the page, Spring MVC): 5 rounds of 500
# each after 300 warm-up ones, over the real content (src/test/.../SearchCostHarness.java).
# CPU time and allocation are per thread, so a busy machine skews them far less than
# wrk's wall-clock figures; the least CPU time of the rounds is the least disturbed.
# Not a test: it asserts nothing.
#
#   bench/search-cost.sh
#   SEARCHES=2000 WARMUP=1000 ROUNDS=9 bench/search-cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if ! ./mvnw -B -o -q test -Dtest=SearchCostHarness -Dsurefire.failIfNoSpecifiedTests=false -Dpsoascare.bench=true \
    -Dsearch.cost.searches="${SEARCHES:-500}" -Dsearch.cost.warmup="${WARMUP:-300}" -Dsearch.cost.rounds="${ROUNDS:-5}" >"$out" 2>&1; then
  grep -E '^\[ERROR\]' "$out" | head -30 >&2
  exit 1
fi
sed -n '/^search cost/,/^$/p' "$out"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
