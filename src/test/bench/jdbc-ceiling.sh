#!/usr/bin/env bash
# The ceiling for import.sh: how fast MariaDB takes the same persons with bare JDBC and no checks.
# Builds the schema from the project's migrations in a throwaway database on 127.0.0.1:3306 (root
# without password), inserts [rows] persons three times (the table grows, as in a real registry),
# and drops the database.
# Usage: mvn -B package -DskipTests && bash src/test/bench/jdbc-ceiling.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rows=${1:-100000}
db=capacita_ceiling
jar=$(find target/ROOT/WEB-INF/lib -name 'mysql-connector-j-*.jar' | head -1)
trap 'mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db"' EXIT
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
cat src/main/resources/db/migration/V{1,2,3}__*.sql src/main/resources/db/mysql/V9__*.sql | mariadb -uroot -h127.0.0.1 "$db"
mariadb -uroot -h127.0.0.1 "$db" -e "INSERT INTO institution VALUES (1, 1, 'Hospital', 'hospital', 'health', 'CL', 900000001)"
url="jdbc:mysql://127.0.0.1:3306/$db?user=root&useServerPrepStmts=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
for round in 0 1 2; do
  java -cp "$jar" src/test/bench/JdbcInsertCeiling.java "$url" "$rows" $((1000000 + round * rows))
done
