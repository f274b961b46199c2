# Sourced by the benchmarks: the application with demo data on a throwaway database of the MariaDB
# at 127.0.0.1:3306 (root without password, as on the project's machines). The caller sets `port`
# and `db`; this sets `work` (a scratch folder), `password` (the demo accounts') and `pid`, and on
# exit stops the application and drops the database.
# start_app [VAR=value ...] [-- java options]: starts it with those settings and waits until ready
# (at most APP_READY_SECONDS, default 120).
work=$(mktemp -d)
password="Bench-$(date +%s%N)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; fi
  mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

start_app() {
  local settings=() options=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do settings+=("$1"); shift; done
  [ "${1:-}" = -- ] && shift
  options=("$@")
  mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  env CAPACITA_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?user=root" CAPACITA_DATA_DIR="$work/data" \
    CAPACITA_DEMO_DATA=true CAPACITA_DEMO_PASSWORD="$password" "${settings[@]}" \
    java -Xmx768m "${options[@]}" -jar target/capacita.jar --port "$port" \
    > "$work/app.log" 2>&1 &
  pid=$!
  local waited=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do
    sleep 0.5; waited=$((waited + 1))
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/app.log"; exit 1; }
    [ "$waited" -lt $((2 * ${APP_READY_SECONDS:-120})) ] \
      || { echo "not ready after ${APP_READY_SECONDS:-120} s"; tail -20 "$work/app.log"; exit 1; }
  done
}
