#!/usr/bin/env bash
# Heap high-water mark of the import command against the number of documents: N generated plans (SEED) imported
# in one command into a fresh embedded store on a small heap (HEAP, default 256m), for each N given. The mark is
# the most heap in use before any collection (from the JVM's GC log); it must not grow with N, since each
# document is read, parsed, written and released before the next. With LARGEST="1000 5000 ...", one plan of
# that many recommendations per row instead: the largest plan the heap imports.
#   bench/import-memory.sh 10 100 1000
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}/import-memory; SEED=${SEED:-42}; HEAP=${HEAP:-256m}
[ -f target/inspection-graph.jar ] || mvn -q -ntp -B package -DskipTests
. bench/classpath.sh
mkdir -p "$WORK"
peak() {  # the largest "before" figure of the GC log's "A->B(C)" heap transitions, in MB
  grep -oE '[0-9]+M->[0-9]+M' "$1" | sed 's/M->.*//' | sort -n | tail -1
}
live() {  # the largest "after" figure: the most the heap held that a collection could not free, in MB
  grep -oE '[0-9]+M->[0-9]+M' "$1" | sed 's/.*->//;s/M//' | sort -n | tail -1
}
full() {  # the largest "after" figure of the full collections asked for every few seconds: the live set, in MB
  grep 'Pause Full' "$1" | grep -oE '[0-9]+M->[0-9]+M' | sed 's/.*->//;s/M//' | sort -n | tail -1
}
echo "| plans | MB on disk | heap | exit | loaded | failed | heap high-water (MB) | most live after a GC (MB) | live set: most after a full GC (MB) | time (s) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in ${LARGEST:-${@:-10 100 1000}}; do
  rm -rf "$WORK/plans-$n" "$WORK/db-$n"
  if [ -n "${LARGEST:-}" ]; then
    java -cp "$CP" uk.gov.inspectiongraph.bench.CorpusGenerator 1 "$SEED" "$WORK/plans-$n" "$n" >/dev/null
  else
    java -cp "$CP" uk.gov.inspectiongraph.bench.CorpusGenerator "$n" "$SEED" "$WORK/plans-$n" >/dev/null
  fi
  started=$(date +%s.%N)
  set +e
  java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc-$n.log" -jar target/inspection-graph.jar import "$WORK/plans-$n" \
    --neo4j.embedded.dir="$WORK/db-$n" --neo4j.embedded.bolt-port=0 --neo4j.embedded.page-cache=64m > "$WORK/out-$n.txt" 2>&1 &
  pid=$!
  # a full collection every PERIOD seconds: what it leaves is what the import holds at that moment
  while kill -0 "$pid" 2>/dev/null; do sleep "${PERIOD:-3}"; jcmd "$pid" GC.run >/dev/null 2>&1 || true; done
  wait "$pid"; code=$?
  set -e
  secs=$(echo "$(date +%s.%N) - $started" | bc)
  totals=$(tail -1 "$WORK/out-$n.txt")
  loaded=$(echo "$totals" | grep -oE '[0-9]+ loaded' | cut -d' ' -f1 || true)
  failed=$(echo "$totals" | grep -oE '[0-9]+ failed' | cut -d' ' -f1 || true)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.0f |\n' "$n" "$(du -sm "$WORK/plans-$n" | cut -f1)" "$HEAP" "$code" \
    "${loaded:-?}" "${failed:-?}" "$(peak "$WORK/gc-$n.log")" "$(live "$WORK/gc-$n.log")" "$(full "$WORK/gc-$n.log")" "$secs"
  rm -rf "$WORK/db-$n"
done
