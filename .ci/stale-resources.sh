#!/usr/bin/env bash
# A content file deleted or renamed in src/main/resources must stop loading without
# ./mvnw clean. Simulates what an earlier build left behind (a stretch, its picture and
# a guide in target/classes that src/main/resources no longer has), runs the build up to
# process-resources, and checks the leftovers are gone while the real files are back.
#
#   .ci/stale-resources.sh      # run from the repository; takes a few seconds
set -euo pipefail
cd "$(dirname "$0")/.."

classes=target/classes
leftovers=(
  "$classes/content/stretches/deleted-stretch.yaml"
  "$classes/static/img/stretches/deleted-stretch.svg"
  "$classes/content/guides/renamed-guide.md"
)
for file in "${leftovers[@]}"; do
  mkdir -p "$(dirname "$file")"
  echo "left by an earlier build" > "$file"
done

./mvnw -q -B -ntp process-resources -Dspring-javaformat.skip=true

status=0
for file in "${leftovers[@]}"; do
  if [ -e "$file" ]; then
    echo "stale-resources: $file is still there after process-resources" >&2
    status=1
  fi
done
for source in src/main/resources/content/stretches/*.yaml; do
  copied="$classes/content/stretches/$(basename "$source")"
  if [ ! -e "$copied" ]; then
    echo "stale-resources: $copied was not copied" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "stale-resources: files removed from src/main/resources are gone from $classes"
exit "$status"
