#!/usr/bin/env bash
# Dashboard benchmark: the service on PLANS generated plans (deterministic from SEED); the dashboard's first draw in
# Debian's headless Chromium, unfiltered and for one owner, and each panel's query alone; prints the table of docs/benchmarks.md.
#   bench/dashboard-bench.sh            # 1,000 plans, 5 runs
#   PLANS=200 RUNS=9 bench/dashboard-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}; SEED=${SEED:-42}; PLANS=${PLANS:-1000}; RUNS=${RUNS:-5}; PORT=${PORT:-8098}
mkdir -p "$WORK"
mvn -q -ntp -B package -DskipTests
. bench/classpath.sh
if [ ! -d "$WORK/db-$PLANS" ]; then
  java -Xmx3g -cp "$CP" uk.gov.inspectiongraph.bench.ImportBench "$PLANS" "$SEED" "$WORK" | grep '^|' || true
fi
java -jar target/inspection-graph.jar --server.port="$PORT" --neo4j.embedded.dir="$WORK/db-$PLANS" \
  --neo4j.embedded.bolt-port=0 --corpus.load-on-start=false > "$WORK/dashboard-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 1; done
java -cp "$CP" uk.gov.inspectiongraph.dashboard.DashboardBench "$PORT" "$RUNS" "$@"
