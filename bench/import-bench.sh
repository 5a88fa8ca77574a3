#!/usr/bin/env bash
# Import benchmark: generates N plans (deterministic from SEED) and imports them through the real importer
# into a fresh embedded database; prints a row of the import table per size.
#   bench/import-bench.sh 100 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}; SEED=${SEED:-42}
. bench/classpath.sh
echo "| plans | recommendations | actions | owners | failed | total time | docs/s | heap after (MB) | peak RSS (MB) |"
echo "|---|---|---|---|---|---|---|---|---|"
for n in "${@:-100 1000}"; do
  java -Xmx3g -cp "$CP" uk.gov.inspectiongraph.bench.ImportBench "$n" "$SEED" "$WORK" | grep '^|'
done
