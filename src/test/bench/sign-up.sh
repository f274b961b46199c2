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
work=$(mktemp -d)
password="Bench-$(date +%s%N)"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
if [ $((learners * workshops)) -lt $((seconds * rate)) ]; then
  echo "learners x workshops must be at least seconds x rate (each learner signs up once per workshop)"
  exit 2
fi

mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
CAPACITA_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?user=root" CAPACITA_DATA_DIR="$work/data" \
  CAPACITA_DEMO_DATA=true CAPACITA_DEMO_PASSWORD="$password" \
  java -Xmx768m -jar target/capacita.jar --port $port --nocluster > "$work/app.log" 2>&1 &
pid=$!
waited=0
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$port/health/ready)" = 200 ]; do
  sleep 0.5; waited=$((waited + 1))
  kill -0 "$pid" 2>/dev/null || { tail -20 "$work/app.log"; exit 1; }
  [ "$waited" -lt 240 ] || { echo "not ready after 120 s"; tail -20 "$work/app.log"; exit 1; }
done
java src/test/bench/SignUpLoad.java "http://127.0.0.1:$port" "$password" "$learners" "$workshops" "$rate" "$seconds"
