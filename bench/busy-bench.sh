#!/usr/bin/env bash
# A busy machine is not a dead database: with the CPU saturated (BURNERS CPU-bound processes beside it, default
# 4 on this 2-core machine, each bounded by a timeout), the import command imports the corpus into a fresh store
# and ./run starts on a fresh store until ready; both must succeed, only slower. Prints each step's outcome and
# time; exits 1 when one failed.
#   bench/busy-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}/busy; BURNERS=${BURNERS:-4}; PORT=${PORT:-18290}; LIMIT=${LIMIT:-600}
[ -f target/inspection-graph.jar ] || mvn -q -ntp -B package -DskipTests
rm -rf "$WORK"; mkdir -p "$WORK"
burners=()
for _ in $(seq "$BURNERS"); do
  timeout "$LIMIT" python3 -c 'while True: pass' & burners+=($!)
done
trap 'kill "${burners[@]}" 2>/dev/null || true; [ -n "${svc:-}" ] && kill "$svc" 2>/dev/null || true' EXIT
failed=0
started=$(date +%s)
if java -jar target/inspection-graph.jar import data/corpus --neo4j.embedded.dir="$WORK/import-db" \
    --neo4j.embedded.bolt-port=0 > "$WORK/import.txt" 2>&1; then
  echo "import on a saturated CPU: OK in $(( $(date +%s) - started )) s: $(tail -1 "$WORK/import.txt")"
else
  echo "import on a saturated CPU: FAILED in $(( $(date +%s) - started )) s:"; tail -5 "$WORK/import.txt"; failed=1
fi
started=$(date +%s)
./run --server.port="$PORT" --neo4j.embedded.dir="$WORK/run-db" --neo4j.embedded.seed= --neo4j.embedded.bolt-port=0 \
  > "$WORK/run.log" 2>&1 & svc=$!
state=""
while [ $(( $(date +%s) - started )) -lt "$LIMIT" ] && kill -0 "$svc" 2>/dev/null; do
  state=$(curl -s "http://127.0.0.1:$PORT/actuator/health/readiness" || true)
  case "$state" in *UP*) break ;; esac
  sleep 2
done
case "$state" in
  *UP*) echo "start on a fresh store, saturated CPU: ready in $(( $(date +%s) - started )) s" ;;
  *) echo "start on a fresh store, saturated CPU: NOT READY after $(( $(date +%s) - started )) s:"; grep -E 'ERROR|Exception' "$WORK/run.log" | head -5; failed=1 ;;
esac
exit "$failed"
