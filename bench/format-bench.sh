#!/usr/bin/env bash
# Reading throughput of each published format (DOCX, ODT, PDF) against text, on N generated plans (SEED):
#   bench/format-bench.sh 200
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-bench/work}; SEED=${SEED:-42}
. bench/classpath.sh
java -Xmx1g -cp "$CP" uk.gov.inspectiongraph.ingest.read.FormatBench "${1:-200}" "$SEED"
