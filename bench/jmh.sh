#!/usr/bin/env bash
# Runs the JMH benchmarks of this module: bench/jmh.sh [JMH options, e.g. a benchmark name pattern]
# Build first (mvn -B -DskipTests install from the top directory).
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=compile > /dev/null
exec java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main "$@"
