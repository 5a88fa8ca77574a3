#!/usr/bin/env bash
# Export benchmark: the service with a HEAP-sized heap (default 256m) on PLANS generated plans (default 10,000);
# every action exported as CSV and as XLSX, and the same rows paged through GraphQL (500 a page), timed; the heap
# in use sampled with jstat every 200 ms. Prints a row of the export table of docs/benchmarks.md.
#   bench/export-bench.sh                  # 10,000 plans, 256 MB heap
#   PLANS=1000 bench/export-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}; SEED=${SEED:-42}; PLANS=${PLANS:-10000}; HEAP=${HEAP:-256m}; PORT=${PORT:-8096}
mkdir -p "$WORK"
mvn -q -ntp -B package -DskipTests
if [ ! -d "$WORK/db-$PLANS" ]; then
  mvn -q -ntp -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
  java -Xmx3g -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" uk.gov.inspectiongraph.bench.ImportBench \
    "$PLANS" "$SEED" "$WORK" | grep '^|' || true
fi
java -Xmx"$HEAP" -jar target/inspection-graph.jar --server.port="$PORT" --neo4j.embedded.dir="$WORK/db-$PLANS" \
  --neo4j.embedded.bolt-port=0 --neo4j.embedded.page-cache=2g --corpus.load-on-start=false \
  > "$WORK/export-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 1; done
( while kill -0 $SERVICE 2>/dev/null; do jstat -gc $SERVICE | awk 'NR==2 {printf "%.0f\n", ($3+$4+$6+$8)/1024}'; sleep 0.2; done ) \
  > "$WORK/export-heap.txt" 2>/dev/null &
SAMPLER=$!
timed() { local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); echo "$e - $s" | bc; }
# warm-up: one small export and one page
curl -sf "http://127.0.0.1:$PORT/export/actions.csv?inspection=none" >/dev/null
CSV_S=$(timed curl -sf -o "$WORK/actions.csv" "http://127.0.0.1:$PORT/export/actions.csv")
XLSX_S=$(timed curl -sf -o "$WORK/actions.xlsx" "http://127.0.0.1:$PORT/export/actions.xlsx")
ROWS=$(python3 -c "import csv,sys; f=open('$WORK/actions.csv', encoding='utf-8-sig', newline=''); print(sum(1 for _ in csv.reader(f)) - 1)")
PAGED=$(python3 bench/page-actions.py "http://127.0.0.1:$PORT/graphql")
PAGED_ROWS=${PAGED% *}; PAGED_S=${PAGED#* }
kill $SAMPLER 2>/dev/null || true
MAX_HEAP=$(sort -n "$WORK/export-heap.txt" | tail -1)
echo "| plans | actions exported | CSV (s) | XLSX (s) | paged through GraphQL (s, rows) | heap limit | most heap in use (MB) | CSV size (MB) | XLSX size (MB) |"
echo "|---|---|---|---|---|---|---|---|---|"
printf "| %s | %s | %.1f | %.1f | %.1f (%s) | %s | %s | %.0f | %.0f |\n" "$PLANS" "$ROWS" "$CSV_S" "$XLSX_S" "$PAGED_S" "$PAGED_ROWS" \
  "$HEAP" "$MAX_HEAP" "$(echo "$(stat -c %s "$WORK/actions.csv") / 1048576" | bc -l)" "$(echo "$(stat -c %s "$WORK/actions.xlsx") / 1048576" | bc -l)"
