#!/usr/bin/env bash
# Benchmark (issue: people import): 100,000-row CSV through POST /api/v1/people/import on MariaDB.
# After a 20,000-row warm-up import, measures rows/s end to end on three files of new persons one
# after the other (the registry grows) and that importing the first file again creates nothing;
# then imports another file while forcing full collections, to read the live heap the import adds.
# Uses a throwaway database on the MariaDB at 127.0.0.1:3306 (root without password, as on the
# project's machines) and stops everything it starts.
# Usage: mvn -B package -DskipTests && bash src/test/bench/import.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rows=${1:-100000}
port=18090
db=capacita_bench
. src/test/bench/app-on-mariadb.sh

generate() {   # rows, first national ID, file
  awk -v n="$1" -v base="$2" 'BEGIN {
  srand(base);
  split("Camila Javiera Matías Valentina Ignacio Paula Diego Fernanda Tomás Antonia Benjamín Isidora Joaquín Catalina Vicente María José Luis", g, " ");
  split("Rojas Muñoz González Contreras Mamani Choque Fernández Herrera Vergara Saavedra Quispe Flores Núñez Tapia Pino Lagos Soto Araya", f, " ");
  split("Antofagasta Arica Iquique Santiago Calama Copiapó", c, " ");
  print "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,workCity,workCountry";
  for (i = 1; i <= n; i++) {
    city = c[1 + i % 6];
    printf "%s,%s %s,%s,p%d@example.org,,%d,Hospital de %s,health,Enfermera,%s,CL\n",
      g[1 + int(rand() * 18)], f[1 + int(rand() * 18)], f[1 + int(rand() * 18)], (i % 2 ? "F" : "M"),
      base + i, base + i, city, city;
  }
}' > "$3"
}
generate "$rows" 10000000 "$work/people.csv"
generate 20000 50000000 "$work/warm-up.csv"
generate "$rows" 70000000 "$work/more.csv"
generate "$rows" 80000000 "$work/second.csv"
generate "$rows" 90000000 "$work/third.csv"
echo "file: $rows rows, $(du -h "$work/people.csv" | cut -f1)"

start_app CAPACITA_IMPORT_DUPLICATE_SCREENING=false -- -Xlog:gc:file="$work/gc.log"
token=$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"trainer\",\"password\":\"$password\"}" \
  http://127.0.0.1:$port/api/v1/tokens | sed 's/.*"token":"\([^"]*\)".*/\1/')

# Heap after each full collection, in MB, from the GC log (lines such as "Pause Full ... 180M->42M(256M)").
after_full_gc() { sed -n 's/.*Pause Full.*->\([0-9]*\)M(.*/\1/p' "$work/gc.log"; }

import() {   # file [measure-heap]; prints the JSON answer; sets seconds, and peak (MB, with measure-heap)
  local sampler=""
  jcmd "$pid" GC.run > /dev/null
  local base; base=$(after_full_gc | tail -1)
  local lines; lines=$(after_full_gc | wc -l)
  if [ "${2:-}" = measure-heap ]; then
    # Live heap, exactly: a full collection every 0.3 s while the import runs (this slows it down,
    # so speed is measured on another run).
    ( while true; do sleep 0.3; jcmd "$pid" GC.run > /dev/null 2>&1 || break; done ) &
    sampler=$!
  fi
  local t0; t0=$(date +%s%N)
  curl -s -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$1" \
    http://127.0.0.1:$port/api/v1/people/import > "$work/answer.json"
  seconds=$(awk -v t="$(( $(date +%s%N) - t0 ))" 'BEGIN {printf "%.2f", t / 1e9}')
  if [ -n "$sampler" ]; then kill "$sampler"; wait "$sampler" 2>/dev/null || true; fi
  peak=$(after_full_gc | tail -n +"$((lines + 1))" | sort -n | tail -1)
  peak=$(( ${peak:-$base} - base ))
  head -c 200 "$work/answer.json"; echo
}

echo "warm-up: 20,000 other rows (the JIT compiles the import path)"
import "$work/warm-up.csv" > /dev/null
rate() { awk -v r="$rows" -v s="$seconds" 'BEGIN {printf "%.0f", r / s}'; }
rates=()
for file in people second third; do
  echo "import of $file.csv ($rows new persons; the registry grows):"
  import "$work/$file.csv"
  rates+=("$(rate)")
  echo "  $rows rows in $seconds s = $(rate) rows/s"
done
echo "three imports: $(printf '%s\n' "${rates[@]}" | sort -n | tr '\n' ' ')rows/s (median $(printf '%s\n' "${rates[@]}" | sort -n | sed -n 2p))"
echo "same file again:"
import "$work/people.csv"
echo "  $rows rows in $seconds s"
echo "persons in the database: $(mariadb -uroot -h127.0.0.1 -N -e "SELECT COUNT(*) FROM $db.person")"
echo "another $rows new rows, with a full collection every 0.3 s to read the live heap:"
import "$work/more.csv" measure-heap
echo "  most live heap added during the import: ${peak} MB (after full collections, minus before)"
