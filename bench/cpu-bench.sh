#!/usr/bin/env bash
# The service's CPU time per request (user + system of its JVM, from /proc, over a wrk run at c=8), which the
# machine's noise disturbs far less than latency. For each operation a fresh ./run on the bundled corpus:
# "first 15 s" is the 15 s right after readiness, "warm" 15 s after WARM seconds more of the same load.
#   bench/cpu-bench.sh                                  # Recommendation ActionsByOwner Search Dashboard
#   READS=bolt bench/cpu-bench.sh Recommendation        # reads over Bolt instead of in-process
#   WARMUP=0s bench/cpu-bench.sh                       # ready at once, without the warm-up before readiness
#   ROWS=fields bench/cpu-bench.sh                      # rows completed field by field by graphql-java
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/cpu-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18183}; WORK=${WORK:-bench/work}/cpu; WARM=${WARM:-60}; READS=${READS:-in-process}; ROWS=${ROWS:-row}; WARMUP=${WARMUP:-30s}
OPS=("$@"); [ ${#OPS[@]} -gt 0 ] || OPS=(Recommendation ActionsByOwner Search Dashboard)
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
mkdir -p "$WORK"
[ -f target/inspection-graph.jar ] || mvn -q -ntp -B package -DskipTests
TICK=$(getconf CLK_TCK)

start() {  # a fresh service; sets pid
  rm -rf "$WORK/db"
  ./run --server.port="$PORT" --neo4j.embedded.dir="$WORK/db" --neo4j.embedded.bolt-port=0 \
    --inspection-graph.warm-up="$WARMUP" --neo4j.embedded.reads="$READS" --inspection-graph.row-completion="$ROWS" --inspection-graph.explain=true --logging.level.root=WARN > "$WORK/service.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "service died"; tail -20 "$WORK/service.log"; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap stop EXIT
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# measure OP SECONDS: prints "requests cpu-ms-per-request rps"
measure() {
  local before after line
  before=$(cpu)
  line=$(BODIES="$WORK/bodies/$1.jsonl" wrk -t2 -c8 -d"$2"s --timeout 60s -s bench/wrk/graphql.lua "http://127.0.0.1:$PORT" \
    | grep '^RESULT' | sed 's/^RESULT //')
  after=$(cpu)
  python3 -c 'import json,sys; r=json.loads(sys.argv[1]); t=int(sys.argv[2]); n=r["requests"]
print(n, "%.2f" % (1000.0 * t / int(sys.argv[3]) / max(1, n)), "%.0f" % r["rps"], r["errors"])' "$line" $((after - before)) "$TICK"
}

start
python3 bench/bodies.py "http://127.0.0.1:$PORT" "$WORK/bodies" >/dev/null
stop
echo "| operation | reads | rows | warm-up | java | first 15 s: CPU ms/request | req/s | warm: CPU ms/request | req/s | first / warm |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for op in "${OPS[@]}"; do
  start
  read -r n1 c1 r1 e1 <<< "$(measure "$op" 15)"
  measure "$op" "$WARM" >/dev/null
  read -r n2 c2 r2 e2 <<< "$(measure "$op" 15)"
  stop
  [ "$e1" = 0 ] && [ "$e2" = 0 ] || echo "($op: $e1 and $e2 errors)"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.1f |\n' "$op" "$READS" "$ROWS" "$WARMUP" "$(java -version 2>&1 | head -1 | grep -oE '"[^"]+"' | tr -d '"')" \
    "$c1" "$r1" "$c2" "$r2" "$(echo "$c1 / $c2" | bc -l)"
done
