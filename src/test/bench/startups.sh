#!/usr/bin/env bash
# Benchmark (issue 10, acceptance 2 and 6): start-ups of the runnable jar that never go deaf, and
# nothing on the network but the HTTP port.
# Starts target/capacita.jar `runs` times in a row, with the default settings and a fresh H2
# database (CAPACITA_DATA_DIR) and Payara root directory (--rootDir) each time; `beside` of those
# starts happen while another instance runs on the same host. BESIDE=running (the default): one
# instance is started and ready before the middle `beside` starts and keeps running through them.
# BESIDE=starting: the second instance starts at the same moment as each of `beside` starts (spread
# out, the first one included), the harsher case of two start-ups competing for the cores. Counts the starts whose process stayed up without answering
# /health/ready 200 within `timeout` seconds (the goal is none), split into deaf ones (Payara said
# it was ready) and ones still starting (a saturated host), apart from those that exited (a failed
# start that exits is caught by any supervisor), and prints the median time to ready.
# While each instance is ready, lists its listening TCP and UDP sockets: one on an address other
# than loopback, except the HTTP port, is an exposed socket and fails the run.
# Usage: mvn -B package -DskipTests && bash src/test/bench/startups.sh [runs] [beside] [first-port] [timeout]
# Each instance gets its own port from first-port on (runs + beside ports). Stops all it starts and
# removes its scratch folder; the logs of failed starts are kept in target/startups-failed/.
# JAR chooses another jar; JAVA_HOME, when set, the JVM; JAVA_OPTS the JVM options (-Xmx768m).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-30}
beside=${2:-10}
first_port=${3:-18500}
timeout=${4:-60}
jar=${JAR:-target/capacita.jar}
mode=${BESIDE:-running}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx768m}"
work=$(mktemp -d)
pids=()

stop() {   # pid: TERM, then KILL after 30 s
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 60); do kill -0 "$1" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  for pid in "${pids[@]}"; do stop "$pid"; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f "$jar" ] || { echo "$jar is missing: mvn -B package -DskipTests"; exit 2; }
rm -rf target/startups-failed
last_port=$((first_port + runs + beside - 1))
if ss -Htln | awk '{n=split($4,a,":"); print a[n]}' | awk -v a="$first_port" -v b="$last_port" '$1>=a && $1<=b' | grep -q .; then
  echo "a port in $first_port-$last_port is taken already"; exit 2
fi

launch() {   # name port: starts an instance in $work/name; sets launched (its pid)
  mkdir -p "$work/$1"
  CAPACITA_DATA_DIR="$work/$1/data" "$java" "${java_opts[@]}" -jar "$jar" \
    --port "$2" --rootDir "$work/$1/root" > "$work/$1/app.log" 2>&1 &
  launched=$!
  pids+=("$launched")
}

exposed_sockets() {   # pid port: its listening sockets on a non-loopback address, except the HTTP port
  ss -Htulnp | awk -v who="pid=$1," -v port="$2" 'index($0, who) {
      n = split($5, parts, ":"); p = parts[n]; address = substr($5, 1, length($5) - length(p) - 1)
      if (p == port || address ~ /^(127\.|\[::1\]|\[::ffff:127\.)/) next
      print $1 " " $5 }'
}

await() {   # name pid port t0: waits for ready; sets outcome (ready|exited|deaf) and seconds
  local status
  while :; do
    status=$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "http://127.0.0.1:$3/health/ready" || true)
    seconds=$(awk -v t0="$4" -v t1="$(date +%s%N)" 'BEGIN { printf "%.1f", (t1 - t0) / 1e9 }')
    if [ "$status" = 200 ]; then outcome=ready; return; fi
    if ! kill -0 "$2" 2>/dev/null; then
      wait "$2" 2>/dev/null && status=0 || status=$?
      outcome="exited($status)"; return
    fi
    if awk -v s="$seconds" -v t="$timeout" 'BEGIN { exit !(s >= t) }'; then
      # Deaf when Payara has said it is ready; otherwise still starting (a saturated host).
      if grep -aq 'Payara Micro .* ready in' "$work/$1/app.log"; then outcome=deaf; else outcome=slow; fi
      return
    fi
    sleep 0.25
  done
}

note() {   # name pid port: notes the evidence of a failed start, or the exposed sockets of a ready one
  if [ "$outcome" = ready ]; then
    local exposed; exposed=$(exposed_sockets "$2" "$3")
    if [ -n "$exposed" ]; then
      echo "    $1 listens beyond loopback: $(echo "$exposed" | tr '\n' ' ')" >> "$work/notes"
      exposures=$((exposures + 1))
    fi
  else
    mkdir -p target/startups-failed && cp "$work/$1/app.log" "target/startups-failed/$1.log"
    echo "    $1: $outcome after ${seconds} s, port $3 $(ss -Htln "sport = :$3" | grep -q . && echo open || echo closed), Payara $(grep -aq 'Payara Micro .* ready in' "$work/$1/app.log" && echo said || echo did not say) it was ready; log in target/startups-failed/$1.log:" >> "$work/notes"
    grep -a -E 'SEVERE|BindException|GrizzlyProxy|Failed to start|accept connections' "$work/$1/app.log" \
      | cut -c1-240 | head -8 | sed 's/^/      /' >> "$work/notes" || true
  fi
}

deaf=0; slow=0; exited=0; exposures=0; companions_deaf=0; companions_slow=0; companions_failed=0
: > "$work/times"; : > "$work/times-beside"
every=$(( beside > 0 ? (runs + beside - 1) / beside : runs + 1 ))
companion_port=$((first_port + runs))
block_first=$(( (runs - beside) / 2 + 1 )); block_last=$((block_first + beside - 1))
running=""
if [ "$mode" = running ]; then
  echo "$runs start-ups of $jar (starts $block_first-$block_last while another instance runs), timeout ${timeout} s; load $(cut -d' ' -f1-3 /proc/loadavg)"
else
  echo "$runs start-ups of $jar (1 in $every beside another start), timeout ${timeout} s; load $(cut -d' ' -f1-3 /proc/loadavg)"
fi
for i in $(seq "$runs"); do
  port=$((first_port + i - 1))
  companion=""
  if [ "$mode" = running ] && [ "$beside" -gt 0 ] && [ "$i" -eq "$block_first" ]; then
    c0=$(date +%s%N)
    launch "companion" "$companion_port"; running=$launched
    await "companion" "$running" "$companion_port" "$c0"
    echo "  another instance started first, to run beside starts $block_first-$block_last: $outcome in ${seconds} s"
    : > "$work/notes"; note "companion" "$running" "$companion_port"; cat "$work/notes"
    [ "$outcome" = ready ] || companions_failed=$((companions_failed + 1))
  fi
  if [ "$mode" = starting ] && [ "$beside" -gt 0 ] && [ $(( (i - 1) % every )) -eq 0 ] && [ "$companion_port" -lt $((first_port + runs + beside)) ]; then
    c0=$(date +%s%N)
    launch "companion-$i" "$companion_port"; companion=$launched; cport=$companion_port
    companion_port=$((companion_port + 1))
  fi
  t0=$(date +%s%N)
  launch "run-$i" "$port"; pid=$launched
  await "run-$i" "$pid" "$port" "$t0"
  line="  run $i: $outcome in ${seconds} s"
  case $outcome in
    ready) echo "$seconds" >> "$work/times"
      if [ -n "$companion" ] || { [ -n "$running" ] && [ "$i" -ge "$block_first" ] && [ "$i" -le "$block_last" ]; }; then
        echo "$seconds" >> "$work/times-beside"; line="$line (another instance running)"
      fi ;;
    deaf) deaf=$((deaf + 1)) ;;
    slow) slow=$((slow + 1)) ;;
    *) exited=$((exited + 1)) ;;
  esac
  : > "$work/notes"
  note "run-$i" "$pid" "$port"
  if [ -n "$companion" ]; then
    await "companion-$i" "$companion" "$cport" "$c0"
    line="$line; beside it, an instance started at the same time: $outcome in ${seconds} s"
    case $outcome in
      ready) ;;
      deaf) companions_deaf=$((companions_deaf + 1)) ;;
      slow) companions_slow=$((companions_slow + 1)) ;;
      *) companions_failed=$((companions_failed + 1)) ;;
    esac
    note "companion-$i" "$companion" "$cport"
    stop "$companion"
  fi
  echo "$line; load $(cut -d' ' -f1 /proc/loadavg)"
  cat "$work/notes"
  stop "$pid"
  pids=()
  if [ -n "$running" ] && [ "$i" -eq "$block_last" ]; then
    kill -0 "$running" 2>/dev/null || companions_failed=$((companions_failed + 1))
    stop "$running"; running=""
  fi
  [ -n "$running" ] && pids=("$running")
done

median() { sort -n "$1" | awk '{a[NR]=$1} END {if (NR) printf "%.1f s (%.1f-%.1f s, %d starts)", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[1], a[NR], NR; else print "none"}'; }
echo "up without /health/ready 200 within ${timeout} s: $((deaf + slow)) of $runs (deaf, Payara said it was ready: $deaf; still starting: $slow); exited before ready: $exited"
echo "instances started beside them: $beside; up without /health/ready 200: $((companions_deaf + companions_slow)) (deaf: $companions_deaf; still starting: $companions_slow); exited before ready: $companions_failed"
echo "time to ready: median $(median "$work/times"); beside another instance: median $(median "$work/times-beside")"
echo "instances listening beyond loopback (other than the HTTP port): $exposures; load $(cut -d' ' -f1-3 /proc/loadavg)"
[ $((deaf + slow + companions_deaf + companions_slow)) -eq 0 ] && [ "$exposures" -eq 0 ]
