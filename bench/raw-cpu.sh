#!/usr/bin/env bash
# The database's share of each operation's CPU: the Cypher the service ran for each body (bench/bodies.py), run
# in-process on a copy of the service's store with no service around it (RawCypherCpu), CPU per query of the
# whole process, set against bench/cpu-bench.sh's CPU per request. Needs the bodies and the store cpu-bench.sh
# leaves (bench/work/cpu); makes them when missing.
#   bench/raw-cpu.sh                         # Recommendation ActionsByOwner Search Dashboard, 6 rounds of 15 s
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18185}; WORK=${WORK:-bench/work}/raw-cpu; SRC=${SRC:-bench/work/cpu}; ROUNDS=${ROUNDS:-6}; DURATION=${DURATION:-15}
OPS=("$@"); [ ${#OPS[@]} -gt 0 ] || OPS=(Recommendation ActionsByOwner Search Dashboard)
source bench/classpath.sh
if [ ! -d "$SRC/db" ] || [ ! -s "$SRC/bodies/raw-${OPS[0]}.jsonl" ]; then
  SRC="$WORK/source"; rm -rf "$SRC"; mkdir -p "$SRC"
  ./run --server.port="$PORT" --neo4j.embedded.dir="$SRC/db" --neo4j.embedded.bolt-port=0 --inspection-graph.warm-up=0s \
    --inspection-graph.explain=true --logging.level.root=WARN > "$SRC/service.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "service died"; tail -20 "$SRC/service.log"; exit 1; }; sleep 0.2
  done
  python3 bench/bodies.py "http://127.0.0.1:$PORT" "$SRC/bodies" >/dev/null
  kill $pid; wait $pid 2>/dev/null || true
fi
rm -rf "$WORK/db"; cp -r "$SRC/db" "$WORK/db"
java -Xmx512m -cp "$CP" uk.gov.inspectiongraph.bench.RawCypherCpu "$WORK/db" "$SRC/bodies" "$DURATION" "$ROUNDS" "${OPS[@]}" 2>/dev/null | grep '^RESULT'
