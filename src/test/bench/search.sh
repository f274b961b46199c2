#!/usr/bin/env bash
# The people search at scale (issue 14): starts the application on a throwaway MariaDB database
# (app-on-mariadb.sh), fills it with [persons] invented persons straight through JDBC
# (SearchBench.java: multi-row INSERTs, not the API), times [requests] searches of each kind through
# GET /api/v1/people?q= (found: full names, word beginnings, national IDs; not found), and prints
# EXPLAIN for the search's statement so that the index in use shows.
# Usage: mvn -B package -DskipTests && bash src/test/bench/search.sh [persons] [requests] [port]
# (SEARCH_DB names the throwaway database, capacita_search_bench by default; SEARCH_KEEP=1 keeps it)
set -euo pipefail
cd "$(dirname "$0")/../../.."
persons=${1:-500000}
requests=${2:-200}
port=${3:-18941}
db=${SEARCH_DB:-capacita_search_bench}
source src/test/bench/app-on-mariadb.sh
if [ "${SEARCH_KEEP:-}" = 1 ]; then
  # keep the filled database for measuring its statements again by hand (drop it when done)
  cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
  }
fi
start_app CAPACITA_IMPORT_DUPLICATE_SCREENING=false
jar=$(find target/ROOT/WEB-INF/lib -name 'mysql-connector-j-*.jar' | head -1)
token=$(curl -s -H 'Content-Type: application/json' \
  -d "{\"username\":\"lead\",\"password\":\"$password\"}" \
  "http://127.0.0.1:$port/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
url="jdbc:mysql://127.0.0.1:3306/$db?user=root&useServerPrepStmts=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
java -Xmx1g -cp "target/classes:$jar" src/test/bench/SearchBench.java "$url" "$persons" \
  "http://127.0.0.1:$port" "$token" "$requests"
echo "EXPLAIN of a two-word search, as the application sends it: the estimate of each word's range"
echo "(the rarest is read), the page of 50 with its total, then the page's persons:"
words="token LIKE 'rosa%' ESCAPE '!' AND words LIKE '% gonz%' ESCAPE '!'"
mariadb -uroot -h127.0.0.1 "$db" -e "
  EXPLAIN SELECT person_id FROM person_search_token WHERE token LIKE 'gonz%' ESCAPE '!';
  EXPLAIN SELECT person_id FROM person_search_token WHERE token LIKE 'rosa%' ESCAPE '!';
  EXPLAIN SELECT m.person_id, COUNT(*) OVER () FROM (SELECT DISTINCT sort_key, person_id
  FROM person_search_token WHERE $words) m ORDER BY m.sort_key, m.person_id LIMIT 50 OFFSET 0;
  EXPLAIN SELECT m.person_id, COUNT(*) OVER () FROM (SELECT DISTINCT sort_key, person_id
  FROM person_search_token WHERE token LIKE 'zqnobody%' ESCAPE '!') m
  ORDER BY m.sort_key, m.person_id LIMIT 50 OFFSET 0;
  EXPLAIN SELECT t0.id, t0.given_names FROM person t0 WHERE t0.id IN (100000001, 100000002)"
