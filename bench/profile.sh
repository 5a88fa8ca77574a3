#!/usr/bin/env bash
# Where the service's CPU goes for one operation under load: a fresh ./run on the bundled corpus, WARM seconds of
# wrk at c=8, then a Flight Recorder profile of DURATION seconds more, summarised by JDK 25's `jfr view hot-methods`.
# The recording stays in bench/work/profile/OP.jfr (read it by phase with `jfr print --json --events jdk.ExecutionSample`).
#   bench/profile.sh Dashboard            # WARM=120 DURATION=30 by default
set -euo pipefail
cd "$(dirname "$0")/.."
OP=${1:?operation, e.g. Dashboard}; PORT=${PORT:-18184}; WORK=${WORK:-bench/work}/profile; WARM=${WARM:-120}; DURATION=${DURATION:-30}
JFR_TOOL=${JFR_TOOL:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr}
mkdir -p "$WORK"; rm -rf "$WORK/db"
[ -f target/inspection-graph.jar ] || mvn -q -ntp -B package -DskipTests
JAVA_OPTS="${JAVA_OPTS:-} -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints" \
  ./run --server.port="$PORT" --neo4j.embedded.dir="$WORK/db" --neo4j.embedded.bolt-port=0 --inspection-graph.explain=true --logging.level.root=WARN \
  > "$WORK/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "service died"; tail -20 "$WORK/service.log"; exit 1; }; sleep 0.2
done
[ -s "$WORK/bodies/$OP.jsonl" ] || python3 bench/bodies.py "http://127.0.0.1:$PORT" "$WORK/bodies" >/dev/null
load() { BODIES="$WORK/bodies/$OP.jsonl" wrk -t2 -c8 -d"$1"s --timeout 60s -s bench/wrk/graphql.lua "http://127.0.0.1:$PORT" | grep '^RESULT'; }
load "$WARM" >/dev/null
jcmd $pid JFR.start name=p settings=profile filename="$PWD/$WORK/$OP.jfr" >/dev/null
load "$DURATION"
jcmd $pid JFR.stop name=p >/dev/null
"$JFR_TOOL" view --width 200 hot-methods "$WORK/$OP.jfr" | head -45
