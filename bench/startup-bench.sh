#!/usr/bin/env bash
# Start-up benchmark: the README's run command (./run: the extracted jar with its class-data-sharing archive and
# seed store, embedded Neo4j, bundled corpus), first once from a clean target/app (the one-time training start
# included), then RUNS times on a fresh store and RUNS times on the store the start before left; for each,
# seconds from launch until /actuator/health/readiness is UP, and the resident memory (RSS) once idle 10 s later.
# WARMUP=30s includes the warm-up before readiness (default 0s: the start itself).
# JAR=1 measures plain `java -jar target/inspection-graph.jar` instead, for comparison.
#   bench/startup-bench.sh            # 3 runs each
set -euo pipefail
WARMUP=${WARMUP:-0s}
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}; PORT=${PORT:-8094}; WORK=${WORK:-bench/work}/startup
[ -f target/inspection-graph.jar ] || mvn -q -ntp -B package -DskipTests
rm -rf "$WORK"; mkdir -p "$WORK"
start() {
  local started pid ready rss
  started=$(date +%s.%N)
  if [ -n "${JAR:-}" ]; then
    java -jar target/inspection-graph.jar --server.port="$PORT" --inspection-graph.warm-up="$WARMUP" --neo4j.embedded.dir="$WORK/db" \
      --neo4j.embedded.bolt-port=0 > "$WORK/service.log" 2>&1 &
  else
    ./run --server.port="$PORT" --inspection-graph.warm-up="$WARMUP" --neo4j.embedded.dir="$WORK/db" --neo4j.embedded.bolt-port=0 > "$WORK/service.log" 2>&1 &
  fi
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 0.1; done
  ready=$(echo "$(date +%s.%N) - $started" | bc)
  sleep 10
  rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
  printf "| %s | %.1f | %s |\n" "$1" "$ready" "$rss"
}
echo "| store | readiness (s) | idle RSS (MB) |"
echo "|---|---|---|"
if [ -z "${JAR:-}" ]; then rm -rf target/app "$WORK/db"; start "fresh, first run (training)"; fi
for i in $(seq 1 "$RUNS"); do rm -rf "$WORK/db"; start fresh; start existing; done
