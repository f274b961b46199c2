#!/usr/bin/env bash
# Benchmark (issue 10: own XLSX reader or POI's event API): reads 100,000-row workbooks made by the
# unit tests' fixtures (inline strings, then a shared strings table as Excel writes) through
# RowReader, the project's XlsxRowReader against PoiEventRowReader (XSSFReader +
# XSSFSheetXMLHandler), interleaved in one JVM after a warm-up; prints rows/s, CPU per file and the
# live heap half-way through. Medians of [rounds] reads each; wall time moves with the machine's
# load, CPU time much less. Needs no database and no server.
# Usage: mvn -B package -DskipTests && bash src/test/bench/xlsx-read.sh [rows] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rows=${1:-100000}
rounds=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp="target/classes:target/test-classes:$(find target/ROOT/WEB-INF/lib -name '*.jar' | paste -sd:)"
javac -nowarn -d "$work" -cp "$cp" src/test/bench/PoiEventRowReader.java src/test/bench/XlsxReadBench.java
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
java -Xmx768m -cp "$work:$cp" org.capacita.people.importing.XlsxReadBench "$rows" "$rounds" 2>&1 |
  grep -v -e 'Log4j API could not find a logging provider' -e '^SLF4J'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
