#!/usr/bin/env bash
# Benchmark (issue: workshops and enrolment; quality goal G4): learners sign themselves up for open
# workshops through POST /api/v1/workshops/{id}/enrollments at a constant 20 sign-ups/s on MariaDB,
# after a 10-second warm-up, and the latency percentiles are printed (counted from when each
# request was due). Uses a throwaway database on the MariaDB at 127.0.0.1:3306 (root without
# password, as on the project's machines) and stops everything it starts.
# Usage: mvn -B package -DskipTests && bash src/test/bench/sign-up.sh [seconds] [rate] [learners] [workshops]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-300}
rate=${2:-20}
learners=${3:-300}
workshops=${4:-20}
port=18091
db=capacita_bench_signup
. src/test/bench/app-on-mariadb.sh
if [ $((learners * workshops)) -lt $((seconds * rate)) ]; then
  echo "learners x workshops must be at least seconds x rate (each learner signs up once per workshop)"
  exit 2
fi

start_app
java src/test/bench/SignUpLoad.java "http://127.0.0.1:$port" "$password" "$learners" "$workshops" "$rate" "$seconds"
