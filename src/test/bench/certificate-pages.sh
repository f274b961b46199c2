#!/usr/bin/env bash
# Benchmark (issue 13): the certificate page alone, without the application or a database:
# rendered, and rendered and signed, per second on one thread and one per core (see
# CertificatePageBench). The ceiling of certificates.sh, which also stores them.
# Usage: mvn -B package -DskipTests && bash src/test/bench/certificate-pages.sh [pages] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
pages=${1:-2000}
rounds=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp="target/classes:$(find target/ROOT/WEB-INF/lib -name '*.jar' | paste -sd:)"
javac -nowarn -d "$work" -cp "$cp" src/test/bench/CertificatePageBench.java
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
java -Xmx512m -cp "$work:$cp" org.capacita.certificates.application.CertificatePageBench \
  "$pages" "$rounds" 2>&1 | grep -v -e 'Log4j API could not find a logging provider' -e '^SLF4J'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
