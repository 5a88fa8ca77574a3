# Sourced by the benchmark scripts (after WORK is set): compiles the tests and sets CP to the test classpath.
mkdir -p "$WORK"
mvn -q -ntp -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
