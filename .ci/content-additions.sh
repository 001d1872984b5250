#!/usr/bin/env bash
# "An author who adds content breaks no test", checked: copies the project to a
# temporary folder, adds what a new contributor adds (a stretch with its two-pose
# picture, a sixth step in the desk break routine that uses it, and a guide; the files
# are in .ci/content-additions/), and runs the tests that read the real content there.
# Every one must pass unchanged. The project itself is not touched (Maven compiles
# again in the copy). About 4 minutes on 2 cores: 270 tests, browser tests included,
# on 2026-12-06.
#
#   .ci/content-additions.sh                         # the content-dependent tests
#   TESTS='Content*,Search*' .ci/content-additions.sh   # another selection
#   MAVEN_ARGS='-o' .ci/content-additions.sh            # extra Maven arguments
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)
additions="$project/.ci/content-additions"

# The tests that read src/main/resources/content: loading and accuracy, every page
# (crawls, head tags, JSON-LD), search, the API, the checklist's links, and in a real
# browser (CI=true makes a missing browser a failure) the routine player, the print
# sheets and the moving pictures.
default_tests='Content*,Guide*,Stretch*Tests,Routine*Tests,Illustration*,Search*Tests,SiteCrawl*,SiteHead*,ContentApi*,ChecklistLoad*,ClinicalSafety*,MovingPictureBrowser*'
tests=${TESTS:-$default_tests}

work=$(mktemp -d /tmp/psoas-additions.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "content-additions: copying the project to $work"
tar --exclude=./.git --exclude=./target/surefire-reports --exclude=./target/site -cf - . | tar -xf - -C "$work"
resources="$work/src/main/resources"

echo "content-additions: adding a stretch, its picture, a routine step and a guide"
cp "$additions/standing-reach-up.yaml" "$resources/content/stretches/"
cp "$additions/long-journeys.md" "$resources/content/guides/"
# The picture: an existing two-pose drawing under the new stretch's name; what is
# checked here is that the site takes a new picture, not the drawing itself.
sed -e 's/standing-backbend-title/standing-reach-up-title/g' \
    -e 's|<title id="standing-reach-up-title">[^<]*</title>|<title id="standing-reach-up-title">Standing reach-up</title>|' \
    "$resources/static/img/stretches/standing-backbend.svg" > "$resources/static/img/stretches/standing-reach-up.svg"
routine="$resources/content/routines/desk-break.yaml"
awk '/^guides:/ { print "  - stretch: standing-reach-up\n    holdSeconds: 5\n    reps: 4\n    restSeconds: 0" } { print }' \
  "$routine" > "$routine.new" && mv "$routine.new" "$routine"
grep -q 'standing-reach-up' "$routine"

echo "content-additions: running $tests"
cd "$work"
# shellcheck disable=SC2086
./mvnw -B -ntp ${MAVEN_ARGS:-} test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring-javaformat.skip=true -Djacoco.skip=true
echo "content-additions: every selected test passed with the added content"
