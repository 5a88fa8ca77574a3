#!/usr/bin/env bash
# The driver against Spring Data Neo4j's Neo4jClient (read-only transactions of its Neo4jTransactionManager) on
# the queries the service generated for the query benchmark's bodies. Spring Data Neo4j is not a dependency of
# the project (Spring Data on the classpath makes Boot adapt every *Connection field), so this script fetches
# it from Maven Central into bench/work/lib and compiles bench/client/ClientBench.java against it.
#
#   bench/client-bench.sh SIZE [SECONDS] [CONCURRENCY]   # after bench/query-bench.sh SIZE wrote bench/work/bodies-SIZE
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-seed}; SECONDS_=${2:-10}; C=${3:-1}
WORK=${WORK:-bench/work}; PORT=${PORT:-18181}; BOLT=${BOLT:-17687}
mkdir -p "$WORK/lib" "$WORK/client-classes"
for a in org.springframework.data:spring-data-neo4j:8.1.1 org.springframework.data:spring-data-commons:4.1.2 \
         org.springframework:spring-tx:7.0.10; do
  mvn -q -ntp dependency:copy -Dartifact="$a" -DoutputDirectory="$WORK/lib" >/dev/null
done
[ -f "$WORK/cp.txt" ] || mvn -q -ntp -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt"):$(ls "$WORK"/lib/*.jar | tr '\n' ':')"
javac -d "$WORK/client-classes" -cp "$CP" bench/client/ClientBench.java
db="$WORK/db-$SIZE"
java -Xmx2g -jar target/inspection-graph.jar --neo4j.embedded.dir="$db" --neo4j.embedded.bolt-port=$BOLT \
     --server.port=$PORT --corpus.load-on-start=$([ "$SIZE" = seed ] && echo true || echo false) \
     --logging.level.root=WARN > "$WORK/client-service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 0.5; done
java -cp "$WORK/client-classes:$CP" uk.gov.inspectiongraph.bench.ClientBench "bolt://127.0.0.1:$BOLT" "$WORK/bodies-$SIZE" \
     "$SECONDS_" "$C" ActionsByOwner DashboardOne Recommendation | grep '^RESULT'
