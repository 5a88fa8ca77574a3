#!/usr/bin/env bash
# Dashboard benchmark: the service on PLANS generated plans (deterministic from SEED); the dashboard's first draw in
# Debian's headless Chromium, unfiltered and for one owner, and each panel's query alone; prints the table of docs/benchmarks.md.
#   bench/dashboard-bench.sh            # 1,000 plans, 5 runs
#   PLANS=200 RUNS=9 bench/dashboard-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}; SEED=${SEED:-42}; PLANS=${PLANS:-1000}; RUNS=${RUNS:-5}; PORT=${PORT:-8098}
LOG=dashboard-service.log
. bench/generated-service.sh
java -cp "$CP" uk.gov.inspectiongraph.dashboard.DashboardBench "$PORT" "$RUNS" "$@"
