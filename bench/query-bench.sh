#!/usr/bin/env bash
# Query benchmark: every contract operation (and a single-inspection Dashboard) with wrk on loopback, at each
# concurrency for a fixed time, on the seed corpus and on generated corpora; in the same run, the same Cypher
# (the queries the service generated for each body) over HTTP through the service's own in-process read path
# right after each GraphQL run ("in-process", POST /bench/cypher), and through the driver over Bolt ("cypher"),
# and the best hand-written Cypher for ActionsByOwner and DashboardOne ("best"); start-up time and idle RSS.
#
#   bench/query-bench.sh seed 1000 10000      # sizes to run (default: seed 1000)
#   DURATION=10 WARMUP=5 CONCURRENCY="1 8 32" bench/query-bench.sh seed
#   RAW_CONCURRENCY=1 bench/query-bench.sh 10000      # the driver side at c=1 only
#   OPS="Recommendation Accountability InspectionDelivery" bench/query-bench.sh seed 10000   # some operations
#
# Results: bench/work/results.jsonl (raw) and bench/results/<date>.md (the table in docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}            # seconds of the same load before each measured run (the JIT needs them)
PAGE_CACHE=${PAGE_CACHE:-2g}   # holds the whole 10,000-plan store (1.3 GB), as a production server would
CONCURRENCY=${CONCURRENCY:-"1 8 32"}
RAW_CONCURRENCY=${RAW_CONCURRENCY:-$CONCURRENCY}   # the driver side's concurrencies ("none": skip it; at 10,000 plans, c=32 runs into timeouts)
WORK=${WORK:-bench/work}
PORT=${PORT:-18181}
BOLT=${BOLT:-17687}
SEED=${SEED:-42}
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(seed 1000)
# the operations to run (OPS="Recommendation Accountability" for a few)
read -r -a OPS <<< "${OPS:-Inspections ActionsByOwner Owners Owner Recommendation Recommendations Programme Related Search DueActions Stats DashboardOne Dashboard Accountability InspectionDelivery}"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
mkdir -p "$WORK" bench/results
mvn -q -ntp -B package -DskipTests
. bench/classpath.sh
RESULTS="$WORK/results.jsonl"; : > "$RESULTS"
# waits until the service has finished requests a run left queued (wrk stops waiting, the server does not)
wait_idle() {
  local pid=$1 before after
  for _ in $(seq 1 300); do
    before=$(awk '{print $14 + $15}' /proc/$pid/stat); sleep 1; after=$(awk '{print $14 + $15}' /proc/$pid/stat)
    [ $((after - before)) -lt 15 ] && return 0
  done
}
record() { echo "{\"size\": \"$1\", \"op\": \"$2\", \"mode\": \"$3\", \"concurrency\": $4, \"result\": $5}" >> "$RESULTS"; }

for size in "${SIZES[@]}"; do
  if [ "$size" = seed ]; then
    db="$WORK/db-seed"; rm -rf "$db"; load=true
  else
    db="$WORK/db-$size"; load=false
    if [ ! -d "$db" ]; then
      echo "importing $size generated plans"
      java -Xmx3g -cp "$CP" uk.gov.inspectiongraph.bench.ImportBench "$size" "$SEED" "$WORK" | tee -a "$WORK/import.md"
    fi
  fi
  start=$(date +%s%N)
  java -Xmx2g -jar target/inspection-graph.jar --neo4j.embedded.dir="$db" --neo4j.embedded.bolt-port=$BOLT \
       --neo4j.embedded.page-cache=$PAGE_CACHE --server.port=$PORT --corpus.load-on-start=$load --inspection-graph.explain=true --inspection-graph.bench.raw-cypher=true \
       --inspection-graph.warm-up=0s \
       --logging.level.root=WARN > "$WORK/service-$size.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "service died"; cat "$WORK/service-$size.log"; exit 1; }
    sleep 0.2
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 5
  rss_mb=$(( $(ps -o rss= -p $pid) / 1024 ))
  echo "{\"size\": \"$size\", \"op\": \"startup\", \"ready_ms\": $ready_ms, \"idle_rss_mb\": $rss_mb}" >> "$RESULTS"
  echo "$size: ready in $ready_ms ms, idle RSS $rss_mb MB"
  python3 bench/bodies.py "http://127.0.0.1:$PORT" "$WORK/bodies-$size"
  # one warm-up pass over every operation first: the JIT takes tens of seconds to settle on a 2-core machine,
  # and a long-running service has settled
  for op in "${OPS[@]}"; do
    if [ "$op" = Dashboard ] && [ "$size" != seed ]; then continue; fi
    BODIES="$WORK/bodies-$size/$op.jsonl" wrk -t2 -c8 -d${WARMUP_PASS:-10}s --timeout 60s -s bench/wrk/graphql.lua "http://127.0.0.1:$PORT" >/dev/null
    wait_idle $pid
  done
  for op in "${OPS[@]}"; do
    if [ "$op" = Dashboard ] && [ "$size" != seed ]; then continue; fi   # every inspection at once: see docs/benchmarks.md
    for c in $CONCURRENCY; do
      threads=$(( c < 2 ? 1 : 2 ))
      # PATH BODIES SECONDS: one wrk run of those bodies against /graphql or /bench/cypher
      run() { WRK_PATH=$1 BODIES="$WORK/bodies-$size/$2.jsonl" wrk -t$threads -c$c -d"$3"s --timeout 60s -s bench/wrk/graphql.lua "http://127.0.0.1:$PORT"; }
      # GraphQL, then the same Cypher through the same in-process read path over HTTP; each warmed up, then measured
      for side in graphql in-process; do
        if [ $side = graphql ]; then path=/graphql; bodies=$op; else path=/bench/cypher; bodies=raw-$op; fi
        run $path $bodies "$WARMUP" >/dev/null
        wait_idle $pid
        line=$(run $path $bodies "$DURATION" | grep '^RESULT' | sed 's/^RESULT //')
        wait_idle $pid
        record "$size" "$op" $side "$c" "$line"
        echo "$size $op $side c=$c $line"
      done
    done
  done
  for c in $RAW_CONCURRENCY; do
    [ "$c" = none ] && continue
    # each operation warms up for WARMUP seconds in the same JVM right before its measured run
    java -cp "$CP" uk.gov.inspectiongraph.bench.RawCypherBench "bolt://127.0.0.1:$BOLT" "$WORK/bodies-$size" "$DURATION" "$c" "$WARMUP" \
      | grep '^RESULT' | sed 's/^RESULT //' | while read -r line; do
        op=$(echo "$line" | python3 -c 'import json,sys; print(json.load(sys.stdin)["op"])')
        mode=$(echo "$line" | python3 -c 'import json,sys; print(json.load(sys.stdin)["mode"])')
        if [ "$op" = Dashboard ] && [ "$size" != seed ]; then continue; fi
        record "$size" "$op" "$mode" "$c" "$line"; echo "$size $op $mode c=$c $line"
      done
  done
  kill $pid; wait $pid 2>/dev/null || true
done
python3 bench/report.py "$RESULTS" | tee "bench/results/$(date +%Y-%m-%d).md"
