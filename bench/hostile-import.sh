#!/usr/bin/env bash
# Issue 25's table, row by row: each hostile document (bench HostileFiles, full size) imported by the import
# command on a small heap (HEAP, default 256m) into a fresh embedded store, beside one good corpus plan; then a
# valid plan of 20,000 rows, 200 valid plans of about 1 MB, and every hostile document with the good plan in one
# command. Each row gives the command's exit code, what it said of the hostile document (its one line) and
# whether the good plan loaded.
#   bench/hostile-import.sh                        # every row
#   bench/hostile-import.sh page-1gb.pdf laughs.odt  # those documents' rows only
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}/hostile; HEAP=${HEAP:-256m}
GOOD=data/corpus/000_ac519217163217e4.txt
[ -f target/inspection-graph.jar ] || mvn -q -ntp -B package -DskipTests
. bench/classpath.sh
rm -rf "$WORK/files" && mkdir -p "$WORK/files"
java -cp "$CP" uk.gov.inspectiongraph.bench.HostileFiles "$WORK/files" >/dev/null
java -cp "$CP" uk.gov.inspectiongraph.bench.CorpusGenerator 1 25 "$WORK/files/rows-20000" 99 200 >/dev/null
mv "$WORK/files/rows-20000/plan-00001.txt" "$WORK/files/rows-20000.txt" && rmdir "$WORK/files/rows-20000"
java -cp "$CP" uk.gov.inspectiongraph.bench.CorpusGenerator 200 26 "$WORK/files/plans-200x1mb" 99 24 >/dev/null

# import DIR NAME: the import command on DIR (the good plan beside) into a fresh store; prints a table row
import() {
  local dir=$1 name=$2 out="$WORK/out-$2.txt" started code secs said good
  cp "$GOOD" "$dir/"
  rm -rf "$WORK/db"
  started=$(date +%s.%N)
  set +e
  java -Xmx"$HEAP" -jar target/inspection-graph.jar import "$dir" \
    --neo4j.embedded.dir="$WORK/db" --neo4j.embedded.bolt-port=0 --neo4j.embedded.page-cache=64m > "$out" 2>&1
  code=$?
  set -e
  secs=$(echo "$(date +%s.%N) - $started" | bc)
  if [ -n "${3:-}" ]; then  # many documents: the totals
    said=$(tail -1 "$out")
  else
    said=$(grep -E ': (FAILED|LOADED|UNCHANGED)' "$out" | grep -v "$(basename "$GOOD")" | head -1 | sed "s|^$dir/||")
  fi
  [ -n "$said" ] || said="(no report) $(tail -1 "$out")"
  good=$(grep "$(basename "$GOOD"): LOADED" "$out" >/dev/null && echo yes || echo NO)
  printf '| %s | %s | %s | %s | %.0f | %s |\n' "$name" "$(du -sh "$dir" | cut -f1)" "$code" "$good" "$secs" \
    "$(echo "$said" | sed 's/|/\\|/g' | cut -c1-400)"
}

echo "| input | on disk | exit | good plan loaded | time (s) | what the command said of it |"
echo "|---|---|---|---|---|---|"
for f in "$WORK"/files/*.*; do
  name=$(basename "$f")
  [ $# -eq 0 ] || [[ " $* " == *" $name "* ]] || continue
  mkdir -p "$WORK/one/$name" && mv "$f" "$WORK/one/$name/"
  import "$WORK/one/$name" "$name"
done
[ $# -eq 0 ] || exit 0
import "$WORK/files/plans-200x1mb" "200 plans of about 650 KB (99 recommendations, 2,500 actions each)" totals
rm -rf "$WORK/all" && mkdir -p "$WORK/all"
for d in "$WORK"/one/*; do mv "$d"/* "$WORK/all/" 2>/dev/null || true; done
rm -f "$WORK/all/rows-20000.txt"  # valid: the row above; here only the hostile ones
import "$WORK/all" "every hostile document and the good plan, one command" totals
echo
echo "Heap: -Xmx$HEAP. Full output of each: $WORK/out-*.txt"
