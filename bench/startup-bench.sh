#!/usr/bin/env bash
# Start-up benchmark: the README's run command (the packaged jar, embedded Neo4j, bundled corpus) started RUNS
# times on a fresh store and RUNS times on the store the first start left; for each, seconds from launch until
# /actuator/health/readiness is UP, and the process's resident memory (RSS) once idle 10 s later.
#   bench/startup-bench.sh            # 3 runs each
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}; PORT=${PORT:-8094}; WORK=${WORK:-bench/work}/startup
[ -f target/inspection-graph.jar ] || mvn -q -ntp -B package -DskipTests
rm -rf "$WORK"; mkdir -p "$WORK"
start() {
  local started pid ready rss
  started=$(date +%s.%N)
  java -jar target/inspection-graph.jar --server.port="$PORT" --neo4j.embedded.dir="$WORK/db" \
    --neo4j.embedded.bolt-port=0 > "$WORK/service.log" 2>&1 &
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
for i in $(seq 1 "$RUNS"); do rm -rf "$WORK/db"; start fresh; start existing; done
