#!/usr/bin/env bash
# Crash benchmark (issue 11, "Import"): kill -9 in the middle of an import, from the import command and during
# the service's start-up load, CYCLES times each at a random moment, on N generated plans. After each crash:
#   - the store opens again (no migration lock, no damaged store stops it);
#   - importing again finishes the job (exit 0, no document failed);
#   - every document in the store is whole: a last import reports every document UNCHANGED, with the counts of
#     recommendations, actions and owners read back from the graph, and they equal those of a clean import.
#   bench/crash-bench.sh [N] [CYCLES]        # default 200 plans, 3 cycles each
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}; CYCLES=${2:-3}; SEED=${SEED:-42}; PORT=${PORT:-8096}
WORK=${WORK:-bench/work}/crash
JAR=target/inspection-graph.jar
[ -f "$JAR" ] || mvn -q -ntp -B package -DskipTests
mkdir -p "$WORK"
if [ ! -d "$WORK/corpus-$N" ]; then
  . bench/classpath.sh
  java -cp "$CP" uk.gov.inspectiongraph.bench.CorpusGenerator \
    "$N" "$SEED" "$WORK/corpus-$N" >/dev/null
fi
CORPUS="$WORK/corpus-$N"
import() { java -jar "$JAR" import "$CORPUS" --neo4j.embedded.dir="$1" --neo4j.embedded.bolt-port=0 --logging.level.root=WARN; }
# what every document holds once whole: "file: UNCHANGED id (R recommendations, A actions, O owners, W warnings)"
holdings() { { import "$1" || true; } | grep -E '^[^ ].*: (UNCHANGED|LOADED)' | sed -E 's/: (UNCHANGED|LOADED) /: /' | sort; }
rm -rf "$WORK/ref"; import "$WORK/ref" >/dev/null; holdings "$WORK/ref" > "$WORK/ref.txt"
echo "reference: $(wc -l < "$WORK/ref.txt") documents imported whole"
echo "| crash | killed after (s) | documents whole after the crash | re-import | store whole after |"
echo "|---|---|---|---|---|"
check() { # $1 label, $2 seconds, $3 store
  local out before after code
  out=$(import "$3") && code=0 || code=$?
  before=$(grep -c ': UNCHANGED' <<< "$out" || true)
  holdings "$3" > "$WORK/after.txt"
  if diff -q "$WORK/ref.txt" "$WORK/after.txt" >/dev/null; then after="yes"; else after="NO"; fi
  printf "| %s | %s | %s | exit %s | %s |\n" "$1" "$2" "$before" "$code" "$after"
}
# odd cycles kill early (start-up, migrations), even ones late (documents being imported)
moment() { if (( $1 % 2 )); then echo $((6 + RANDOM % 12)); else echo $((22 + RANDOM % 20)); fi; }
for i in $(seq 1 "$CYCLES"); do
  rm -rf "$WORK/db"
  wait_s=$(moment "$i")
  java -jar "$JAR" import "$CORPUS" --neo4j.embedded.dir="$WORK/db" --neo4j.embedded.bolt-port=0 \
    --logging.level.root=WARN > "$WORK/import.log" 2>&1 &
  pid=$!; sleep "$wait_s"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  check "import command" "$wait_s" "$WORK/db"
  rm -rf "$WORK/db"
  wait_s=$(moment "$i")
  java -jar "$JAR" --server.port="$PORT" --corpus.dir="$CORPUS" --neo4j.embedded.dir="$WORK/db" \
    --neo4j.embedded.bolt-port=0 > "$WORK/service.log" 2>&1 &
  pid=$!; sleep "$wait_s"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  check "start-up load" "$wait_s" "$WORK/db"
done
