#!/usr/bin/env bash
# Benchmark: start-up time and memory of the runnable jar (G11) and sign-in latency at 5/s (G9).
# Usage: mvn -B package -DskipTests && bash src/test/bench/startup-and-login.sh [runs] [sign-ins]
# Everything listens on 127.0.0.1 and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
logins=${2:-100}
port=18080
jar=target/capacita.jar
work=$(mktemp -d)
password="bench-$(date +%s%N)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start() {   # sets pid and ms
  rm -rf "$work/data"
  local t0; t0=$(date +%s%N)
  CAPACITA_DATA_DIR="$work/data" CAPACITA_DEMO_DATA=true CAPACITA_DEMO_PASSWORD="$password" \
    java -Xmx768m -jar "$jar" --port $port > "$work/app.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$port/health/ready)" = 200 ]; do
    sleep 0.2
    kill -0 "$pid" 2>/dev/null || { echo "the app died:"; tail -20 "$work/app.log"; exit 1; }
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}

percentile() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if(i<1)i=1; print a[i]}'; }

echo "start-up (ms to /health/ready 200, fresh H2 database, demo data):"
for i in $(seq "$runs"); do
  start
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "  run $i: ${ms} ms, RSS ${rss} MiB"
  echo "$ms" >> "$work/startup"
  [ "$i" -lt "$runs" ] && { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
done
echo "  median $(percentile 50 < "$work/startup") ms"

echo "sign-in: $logins x POST /api/v1/tokens at 5/s (PBKDF2-HMAC-SHA256, 210,000 iterations):"
for i in $(seq 5); do   # warm-up
  curl -s -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"lead\",\"password\":\"$password\"}" http://127.0.0.1:$port/api/v1/tokens
done
for i in $(seq "$logins"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"username\":\"lead\",\"password\":\"$password\"}" \
    http://127.0.0.1:$port/api/v1/tokens | awk '{print int($1*1000)}' >> "$work/login" &
  sleep 0.2
done
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
sleep 2
echo "  p50 $(percentile 50 < "$work/login") ms, p95 $(percentile 95 < "$work/login") ms, max $(percentile 100 < "$work/login") ms"
