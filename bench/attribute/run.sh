#!/usr/bin/env bash
# Times the attribute stage at the demo's size (default 3000 scored sessions per variant, about
# 55,000 events, 200 bootstrap resamples) on a planted world, both variants, DuckDB write-back,
# and prints the ground-truth check. Usage: bench/attribute/run.sh [SESSIONS] [BOOTSTRAP]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o -pl attribute -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/attribute-bench.cp -Dmdep.includeScope=test >/dev/null
CP="attribute/target/test-classes:attribute/target/classes:common/target/classes"
CP="$CP:$(cat attribute/target/attribute-bench.cp)"
exec java --add-opens=java.base/java.nio=ALL-UNNAMED -cp "$CP" \
  io.attnlift.attribute.AttributeBench "${1:-3000}" "${2:-200}"
