#!/usr/bin/env bash
# The reports' data generator (issue 15): migrates the (empty) database the JDBC URL names with the
# application's Flyway migrations and fills it with [attendance rows] attendance marks and the
# persons, institutions, workshops, sessions, enrolments, completions, paper scores and
# training_fact rows that go with them (ReportData.java), printing the time each table took.
# Needs the built application (target/classes and its libraries in target/ROOT/WEB-INF/lib).
# Usage: mvn -B package -DskipTests
#        mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE capacita_reports CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
#        bash src/test/bench/report-data.sh 1000000 'jdbc:mysql://127.0.0.1:3306/capacita_reports?user=root'
set -euo pipefail
cd "$(dirname "$0")/../../.."
rows=${1:?attendance rows, e.g. 1000000}
url=${2:?JDBC URL of an empty database, e.g. jdbc:mysql://127.0.0.1:3306/capacita_reports?user=root}
[ -d target/ROOT/WEB-INF/lib ] || { echo "build first: mvn -B package -DskipTests"; exit 1; }
exec java -Xmx${REPORT_DATA_HEAP:-1500m} -cp "target/classes:target/ROOT/WEB-INF/lib/*" \
  src/test/bench/ReportData.java "$rows" "$url" "${3:-15}"
