#!/usr/bin/env bash
# Benchmark (issue 10, "a background job never stops the foreground"; quality goals G4 and G9): a
# trainer imports a class list of 1,000 namesakes (same two family names, numbered given names, one
# hospital) into the application on MariaDB and, while the duplicate screening runs in the
# background, signs in and enrols 30 times, one after the other. Prints the latencies before the
# import and during the screening, the screening's duration and the candidate pairs it queued.
# Uses a throwaway database on the MariaDB at 127.0.0.1:3306 (root without password, as on the
# project's machines) and stops everything it starts. BENCH_PORT and BENCH_DB override the port and
# the database name.
# Usage: mvn -B package -DskipTests && bash src/test/bench/screening-under-load.sh [persons] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
persons=${1:-1000}
rounds=${2:-30}
port=${BENCH_PORT:-18092}
db=${BENCH_DB:-capacita_bench_screening}
. src/test/bench/app-on-mariadb.sh

start_app
java src/test/bench/ScreeningLoad.java "http://127.0.0.1:$port" "$password" "$persons" "$rounds"
grep -o "Duplicate screening: .*" "$work/app.log" || true
grep -c "Lock wait timeout" "$work/app.log" | sed 's/^/lock wait timeouts in the log: /' || true
