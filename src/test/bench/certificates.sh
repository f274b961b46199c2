#!/usr/bin/env bash
# Benchmark (issue 13): certificates on MariaDB. Workshops of new people, all present, closed
# through the API, their certificates issued, rendered, signed and stored by a background run
# (POST /api/v1/workshops/{id}/certificates/runs) and timed after warm-up runs; the ZIP of 100, 500
# and 1,000 certificates streamed (time, and the live heap it adds: full collections at a quarter,
# half and three quarters of one more download, read from the GC log); single PDF downloads (latency, size); and
# pdfsig on one of them.
# Uses a throwaway database on the MariaDB at 127.0.0.1:3306 (root without password, as on the
# project's machines) and stops everything it starts.
# Usage: mvn -B package -DskipTests && bash src/test/bench/certificates.sh \
#          [warm-up sizes] [measured sizes] [archive sizes] [downloads]
set -euo pipefail
cd "$(dirname "$0")/../../.."
warm=${1:-100,500}
measured=${2:-1000,1000}
archives=${3:-100,500,1000}
downloads=${4:-200}
port=${CERTIFICATES_PORT:-18094}
db=${CERTIFICATES_DB:-cb_bench_certificates}
. src/test/bench/app-on-mariadb.sh
start_app -- -Xlog:gc:file="$work/gc.log" ${CERTIFICATES_JAVA_OPTIONS:-}
# The demo programme's certificates are issued in the background after start-up: wait for them.
for _ in $(seq 1200); do grep -q "Demo programme: .* certificates issued" "$work/app.log" && break; sleep 0.5; done
grep -o "Demo programme: .* certificates issued in [0-9]* ms" "$work/app.log" || echo "demo certificates still going on"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java src/test/bench/CertificateBench.java \
  "http://127.0.0.1:$port" "$password" "$pid" "$work/gc.log" "$work/sample.pdf" \
  "$warm" "$measured" "$archives" "$downloads" \
  || { cp "$work/app.log" target/certificates-app.log; echo "(its log: target/certificates-app.log)"; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
pdfsig "$work/sample.pdf" | grep -E "Signature Validation|Total document|Signer full"
