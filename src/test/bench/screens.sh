#!/usr/bin/env bash
# Full-page screenshots at 1280 and 390 px of pages of a running application, signed in or not:
#   bash src/test/bench/screens.sh http://localhost:8080 es trainer "$PASSWORD" target/screens \
#        workshops/index.xhtml "workshops/workshop.xhtml?id=3"
# Use "-" as username for signed-out pages. Needs Debian's chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/../../.."
cp=target/bench-classpath.txt
[ -s "$cp" ] || mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
exec java -cp "$(cat "$cp")" src/test/bench/Screens.java "$@"
