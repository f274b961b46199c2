#!/usr/bin/env bash
# The people search at scale (issue 14): starts the application on a throwaway MariaDB database
# (app-on-mariadb.sh), fills it with [persons] invented persons straight through JDBC
# (SearchBench.java: multi-row INSERTs, not the API), times [requests] searches of each kind through
# GET /api/v1/people?q= (found: full names, word beginnings, national IDs; not found), and prints
# EXPLAIN for the search's statement so that the index in use shows.
# Usage: mvn -B package -DskipTests && bash src/test/bench/search.sh [persons] [requests] [port]
set -euo pipefail
cd "$(dirname "$0")/../../.."
persons=${1:-500000}
requests=${2:-200}
port=${3:-18941}
db=capacita_search_bench
source src/test/bench/app-on-mariadb.sh
start_app CAPACITA_IMPORT_DUPLICATE_SCREENING=false
jar=$(find target/ROOT/WEB-INF/lib -name 'mysql-connector-j-*.jar' | head -1)
token=$(curl -s -H 'Content-Type: application/json' \
  -d "{\"username\":\"lead\",\"password\":\"$password\"}" \
  "http://127.0.0.1:$port/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
url="jdbc:mysql://127.0.0.1:3306/$db?user=root&useServerPrepStmts=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
java -Xmx1g -cp "target/classes:$jar" src/test/bench/SearchBench.java "$url" "$persons" \
  "http://127.0.0.1:$port" "$token" "$requests"
echo "EXPLAIN of a two-word search (page of 50 and its count), as EclipseLink sends it:"
where="t0.merged_into_id IS NULL
  AND t0.id IN (SELECT t1.person_id FROM person_search_token t1 WHERE t1.token LIKE 'gonz%')
  AND t0.id IN (SELECT t2.person_id FROM person_search_token t2 WHERE t2.token LIKE 'rosa%')"
mariadb -uroot -h127.0.0.1 "$db" -e "EXPLAIN SELECT t0.id FROM person t0 WHERE $where
  ORDER BY t0.family_names, t0.given_names LIMIT 50;
  EXPLAIN SELECT COUNT(t0.id) FROM person t0 WHERE $where;
  EXPLAIN SELECT COUNT(t0.id) FROM person t0 WHERE t0.merged_into_id IS NULL
  AND t0.id IN (SELECT t1.person_id FROM person_search_token t1 WHERE t1.token LIKE 'zqnobody%')"
