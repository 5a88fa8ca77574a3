#!/usr/bin/env bash
# Outage benchmark (issue 11): the service in external mode against a database that dies and comes back.
# A second instance of the jar is the database (its embedded Neo4j served over Bolt); the service under test
# points spring.neo4j.uri at it. The database is killed with -9 under the running service; while it is away,
# SEQUENTIAL requests one after another and PARALLEL at once are timed (seconds, HTTP status, the error's
# classification) and readiness is read; then the database is started again on the same store, and the
# seconds from its return (its own readiness UP) to the service's first answer equal to the one before the
# outage, and to the service's readiness UP, are measured. ROUNDS outages in a row.
#   bench/outage-bench.sh              # 3 rounds
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}; SEQUENTIAL=${SEQUENTIAL:-5}; PARALLEL=${PARALLEL:-16}
DB_PORT=${DB_PORT:-18191}; BOLT=${BOLT:-17699}; PORT=${PORT:-18190}; WORK=${WORK:-bench/work}/outage
[ -f target/inspection-graph.jar ] || mvn -q -ntp -B package -DskipTests
rm -rf "$WORK"; mkdir -p "$WORK"
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
ready() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness" || true; }
start_db() {
  ./run --server.port="$DB_PORT" --neo4j.embedded.dir="$WORK/db" --neo4j.embedded.bolt-port="$BOLT" \
    --logging.level.root=WARN >> "$WORK/db.log" 2>&1 &
  db=$!
}
BODY='{"query":"query ActionsByOwner($owner: String!) { actions(where: {owner: $owner}, first: 20) { totalCount edges { node { id text owners { name } target { dueOn status } } } } }","variables":{"owner":"Regional Probation Director Wales"},"operationName":"ActionsByOwner"}'
ask() {  # prints: seconds http-status classification
  curl -s -o "$1" -w '%{time_total} %{http_code}' -H 'Content-Type: application/json' \
    -H 'Accept: application/graphql-response+json' --max-time 120 -d "$BODY" "http://127.0.0.1:$PORT/graphql"
  printf ' %s\n' "$(python3 -c 'import json,sys
try:
  e=json.load(open(sys.argv[1])).get("errors") or []
  print(e[0].get("extensions",{}).get("classification","-") if e else "data")
except Exception: print("unreadable")' "$1")"
}

start_db
until [ "$(ready $DB_PORT)" = 200 ]; do sleep 0.2; done
./run --server.port="$PORT" --spring.neo4j.uri="bolt://127.0.0.1:$BOLT" --logging.level.root=WARN \
  > "$WORK/service.log" 2>&1 &
service=$!
trap 'kill $service $db 2>/dev/null || true' EXIT
until [ "$(ready $PORT)" = 200 ]; do kill -0 $service || { tail -20 "$WORK/service.log"; exit 1; }; sleep 0.2; done
ask "$WORK/before.json" > /dev/null
grep -q '"edges"' "$WORK/before.json" || { echo "no answer before the outage"; cat "$WORK/before.json"; exit 1; }

echo "| round | sequential requests: seconds (status, classification) | $PARALLEL at once: slowest s, statuses | readiness while down | DB back -> same answer (s) | DB back -> readiness UP (s) |"
echo "|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  kill -9 $db; wait $db 2>/dev/null || true
  sequential=""
  for i in $(seq 1 "$SEQUENTIAL"); do
    read -r secs status class < <(ask "$WORK/down-$i.json")
    sequential+="$(printf '%.2f' "$secs") ($status $class); "
  done
  seq 1 "$PARALLEL" | xargs -P "$PARALLEL" -I{} bash -c "curl -s -o /dev/null -w '%{time_total} %{http_code}\n' \
    -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --max-time 120 \
    -d '$BODY' http://127.0.0.1:$PORT/graphql" > "$WORK/parallel.txt"
  slowest=$(sort -n "$WORK/parallel.txt" | tail -1 | cut -d' ' -f1)
  statuses=$(cut -d' ' -f2 "$WORK/parallel.txt" | sort | uniq -c | awk '{printf "%s x%s ", $2, $1}')
  readiness=$(curl -s "http://127.0.0.1:$PORT/actuator/health/readiness" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  start_db
  until [ "$(ready $DB_PORT)" = 200 ]; do sleep 0.1; done
  back=$(now); same=""; up=""
  while [ -z "$same" ] || [ -z "$up" ]; do
    if [ -z "$same" ]; then ask "$WORK/after.json" > /dev/null; cmp -s "$WORK/before.json" "$WORK/after.json" && same=$(since "$back"); fi
    if [ -z "$up" ] && [ "$(ready $PORT)" = 200 ]; then up=$(since "$back"); fi
    if (( $(echo "$(since "$back") > 60" | bc) )); then same=${same:-"none in 60 s"}; up=${up:-"not in 60 s"}; fi
    sleep 0.1
  done
  printf '| %s | %s | %.2f, %s | %s | %s | %s |\n' "$round" "$sequential" "$slowest" "$statuses" "$readiness" \
    "$(printf '%.2f' "$same" 2>/dev/null || echo "$same")" "$(printf '%.2f' "$up" 2>/dev/null || echo "$up")"
done
