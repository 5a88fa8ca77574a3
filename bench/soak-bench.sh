#!/usr/bin/env bash
# Soak benchmark (issue 11): the run command (./run) on the bundled corpus, then every contract operation mixed
# (bodies drawn as for the query benchmark, shuffled into one file) at c=32 for MINUTES minutes, measured one
# minute at a time: requests, p50 and p99, errors (non-200 or "errors" in the answer) and the service's RSS.
#   bench/soak-bench.sh [MINUTES]          # default 10
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-10}; PORT=${PORT:-18182}; WORK=${WORK:-bench/work}/soak
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
mkdir -p "$WORK"
[ -f target/inspection-graph.jar ] || mvn -q -ntp -B package -DskipTests
rm -rf "$WORK/db"
./run --server.port="$PORT" --neo4j.embedded.dir="$WORK/db" --neo4j.embedded.bolt-port=0 --inspection-graph.explain=true \
  --logging.level.root=WARN > "$WORK/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "service died"; tail -20 "$WORK/service.log"; exit 1; }
  sleep 0.5
done
python3 bench/bodies.py "http://127.0.0.1:$PORT" "$WORK/bodies" >/dev/null
cat "$WORK"/bodies/[A-Z]*.jsonl | shuf --random-source=<(yes) > "$WORK/mixed.jsonl"
echo "| minute | requests | rps | p50 (ms) | p99 (ms) | errors | RSS (MB) |"
echo "|---|---|---|---|---|---|---|"
rss_all=()
for m in $(seq 1 "$MINUTES"); do
  line=$(BODIES="$WORK/mixed.jsonl" wrk -t2 -c32 -d60s --timeout 60s -s bench/wrk/graphql.lua "http://127.0.0.1:$PORT" \
    | grep '^RESULT' | sed 's/^RESULT //')
  rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
  rss_all+=("$rss")
  python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print("| %s | %d | %.1f | %.2f | %.2f | %d | %s |" % (sys.argv[2], r["requests"], r["rps"], r["p50_ms"], r["p99_ms"], r["errors"], sys.argv[3]))' "$line" "$m" "$rss"
done
python3 -c 'import sys
r = [int(x) for x in sys.argv[1:]][1:] or [int(sys.argv[-1])]
growth = 100.0 * (max(r) - r[0]) / r[0]
print("\nRSS after warm-up: %d MB at minute 2, at most %d MB after it (%+.1f%%): %s" % (r[0], max(r), growth,
      "flat within 10%" if growth <= 10 else "NOT flat within 10%"))' "${rss_all[@]}"
