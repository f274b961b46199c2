#!/usr/bin/env bash
# Benchmark (issue 15, acceptance 3): the trained-people report grouped by sector and venue city for
# one period, on a MariaDB database filled by report-data.sh. (a) The raw SQL on training_fact
# through JDBC (the statement grouped by sector_key, venue_city_key and its separate total,
# COUNT(DISTINCT person_id) and COUNT(*)) and the endpoint's two statements with first-time people,
# with EXPLAIN FORMAT=JSON of each and a check that an index is used; (b) unless
# REPORTS_API=0, the same through GET /api/v1/reports/trained?from=&to=&by=sector,venueCity of the
# application started on that database (demo accounts on, HTTP on 127.0.0.1 only; the report's SQL
# is timed again beside it, REPORTS_API_SQL_RUNS times), checking that the API's totals equal the SQL's. p50/p95/max over
# [runs] runs after 10 warm-up runs (REPORTS_WARM_UP). To try other settings: REPORTS_JDBC_PARAMS is appended to the
# JDBC URLs of (a) and of the application (e.g. '&sessionVariables=sort_buffer_size=33554432'), REPORTS_GROUPED_HINT goes
# after "FROM training_fact" in the grouped statement (e.g. 'FORCE INDEX (ix_some_index)'). The database is left as it was (plus the demo accounts).
# Usage: mvn -B package -DskipTests
#        bash src/test/bench/reports.sh <database> [runs] [from] [to] [port]
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:?database filled by report-data.sh, e.g. capacita_reports}
runs=${2:-50}
from=${3:-2024-01-01}
to=${4:-2024-12-31}
port=${5:-18944}
connector=$(find target/ROOT/WEB-INF/lib -name 'mysql-connector-j-*.jar' | head -1)
url="jdbc:mysql://127.0.0.1:3306/$db?user=root&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true${REPORTS_JDBC_PARAMS:-}"
echo "== (a) raw SQL through JDBC, $db, $from to $to"
java -cp "$connector" src/test/bench/ReportBench.java "$url" "$from" "$to" "$runs"
[ "${REPORTS_API:-1}" = 0 ] && exit 0

echo "== (b) GET /api/v1/reports/trained through the application on $db"
work=$(mktemp -d)
password="Bench-$(date +%s%N)"
pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
  > "$work/preboot.txt"
env CAPACITA_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?user=root${REPORTS_JDBC_PARAMS:-}" CAPACITA_DATA_DIR="$work/data" \
  CAPACITA_DEMO_DATA=true CAPACITA_DEMO_PASSWORD="$password" \
  java -Xmx768m -jar target/capacita.jar --port "$port" --rootDir "$work/payara" \
  --prebootcommandfile "$work/preboot.txt" > "$work/app.log" 2>&1 &
pid=$!
waited=0
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do
  sleep 1; waited=$((waited + 1))
  kill -0 "$pid" 2>/dev/null || { tail -20 "$work/app.log"; exit 1; }
  [ "$waited" -lt 300 ] || { echo "not ready after 300 s"; tail -20 "$work/app.log"; exit 1; }
done
echo "application ready after ${waited} s"
token=$(curl -s -H 'Content-Type: application/json' \
  -d "{\"username\":\"lead\",\"password\":\"$password\"}" \
  "http://127.0.0.1:$port/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
REPORTS_SQL_RUNS=${REPORTS_API_SQL_RUNS:-$runs} \
  java -cp "$connector" src/test/bench/ReportBench.java "$url" "$from" "$to" "$runs" \
  "http://127.0.0.1:$port" "$token" | grep -v '^ *[{}"\[]\|^ *\]\|^EXPLAIN\|^index check\|^$'
