#!/usr/bin/env bash
# Explorer benchmark: the service on PLANS generated plans (deterministic from SEED), the explorer page in
# Debian's headless Chromium with about 100, 250, 500 and 1,000 nodes on the canvas; prints the table of docs/benchmarks.md.
#   bench/explorer-bench.sh            # 200 plans, 5 loads per size
#   PLANS=1000 RUNS=3 bench/explorer-bench.sh 500 1000
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}; SEED=${SEED:-42}; PLANS=${PLANS:-200}; RUNS=${RUNS:-5}; PORT=${PORT:-8097}
mkdir -p "$WORK"
mvn -q -ntp -B package -DskipTests
. bench/classpath.sh
if [ ! -d "$WORK/db-$PLANS" ]; then
  java -Xmx3g -cp "$CP" uk.gov.inspectiongraph.bench.ImportBench "$PLANS" "$SEED" "$WORK" | grep '^|' || true
fi
java -jar target/inspection-graph.jar --server.port="$PORT" --neo4j.embedded.dir="$WORK/db-$PLANS" \
  --neo4j.embedded.bolt-port=0 --corpus.load-on-start=false > "$WORK/explorer-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 1; done
[ $# -gt 0 ] || set -- 100 250 500 1000
java -cp "$CP" uk.gov.inspectiongraph.explorer.ExplorerBench "$PORT" "$RUNS" "$@"
