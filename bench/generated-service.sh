# Sourced by the page benchmarks (after WORK, SEED, PLANS, PORT and LOG are set): builds the jar and the test
# classpath (CP), imports PLANS generated plans into $WORK/db-$PLANS once, starts the service on it at PORT and
# waits until it is ready; the service is stopped when the script exits.
mkdir -p "$WORK"
mvn -q -ntp -B package -DskipTests
. bench/classpath.sh
if [ ! -d "$WORK/db-$PLANS" ]; then
  java -Xmx3g -cp "$CP" uk.gov.inspectiongraph.bench.ImportBench "$PLANS" "$SEED" "$WORK" | grep '^|' || true
fi
java -jar target/inspection-graph.jar --server.port="$PORT" --neo4j.embedded.dir="$WORK/db-$PLANS" \
  --neo4j.embedded.bolt-port=0 --corpus.load-on-start=false > "$WORK/$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 1; done
