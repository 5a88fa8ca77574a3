#!/usr/bin/env bash
# Explorer benchmark: the service on PLANS generated plans (deterministic from SEED), the explorer page in
# Debian's headless Chromium with about 100, 250, 500 and 1,000 nodes on the canvas; prints the table of docs/benchmarks.md.
#   bench/explorer-bench.sh            # 200 plans, 5 loads per size
#   PLANS=1000 RUNS=3 bench/explorer-bench.sh 500 1000
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}; SEED=${SEED:-42}; PLANS=${PLANS:-200}; RUNS=${RUNS:-5}; PORT=${PORT:-8097}
LOG=explorer-service.log
. bench/generated-service.sh
[ $# -gt 0 ] || set -- 100 250 500 1000
java -cp "$CP" uk.gov.inspectiongraph.explorer.ExplorerBench "$PORT" "$RUNS" "$@"
