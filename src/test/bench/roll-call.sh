#!/usr/bin/env bash
# Benchmark (issue 12): saving a session's roll call through
# PUT /api/v1/workshops/{id}/sessions/{number}/attendance on MariaDB, for rosters of 200 and 1,000
# people (every row changes status at every save: the worst case), its latency percentiles and the
# SQL statements each save costs, counted by MariaDB for the application's own database user
# (information_schema.USER_STATISTICS; the script turns userstat on); then the roll-call page of the
# 1,000-person session (its first page of 100) rendered for a signed-in trainer.
# Uses a throwaway database and user on the MariaDB at 127.0.0.1:3306 (root without password, as on
# the project's machines) and stops everything it starts.
# Usage: mvn -B package -DskipTests && bash src/test/bench/roll-call.sh [saves per size] [page loads]
set -euo pipefail
cd "$(dirname "$0")/../../.."
saves=${1:-30}
loads=${2:-50}
port=${ROLL_CALL_PORT:-18093}
db=${ROLL_CALL_DB:-capacita_bench_rollcall}
user=bench_rollcall
secret="Bench-$(date +%s)"
. src/test/bench/app-on-mariadb.sh
mariadb -uroot -h127.0.0.1 -e "DROP USER IF EXISTS '$user'@'%'; CREATE USER '$user'@'%' IDENTIFIED BY '$secret'; SET GLOBAL userstat = 1"
trap 'cleanup; mariadb -uroot -h127.0.0.1 -e "DROP USER IF EXISTS '"'$user'"'@'"'%'"'" || true' EXIT
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL ON $db.* TO '$user'@'%'"
# start_app recreates the database; keep the grant by connecting as the bench user afterwards.
start_app CAPACITA_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?user=$user&password=$secret"
java src/test/bench/RollCallLoad.java "http://127.0.0.1:$port" "$password" "$saves" "$loads" "$user"
