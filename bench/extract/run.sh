#!/usr/bin/env bash
# The extract benchmark: rows per second from DuckDB to Parquet, and the peak heap, extracting
# every event of a generated world in a JVM capped at 1 GiB of heap.
#   bench/extract/run.sh           full: ~10 million rows (172,000 users)
#   bench/extract/run.sh --quick   quick: ~580,000 rows (10,000 users)
# Writes bench/results/extract.json; the generated DuckDB files are kept in bench/work/extract/
# and reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/../.."

users=172000
mode=full
if [[ "${1:-}" == "--quick" ]]; then
  users=10000
  mode=quick
fi

# The benchmark program is built by Maven (module bench/extract) with the extract stage's classpath.
jar=bench/extract/target/attnlift-bench-extract.jar
if [[ ! -f "$jar" ]]; then
  mvn -B -q -o -pl bench/extract -am package -DskipTests
fi
work=bench/work/extract
mkdir -p "$work" bench/results
rm -rf "$work/runs" "$work/jar"
# A copy of the jar, so a rebuild during a long run cannot pull it from under the JVM.
mkdir -p "$work/jar"
cp -r "$jar" bench/extract/target/lib "$work/jar/"

result=$(java -Xmx1g --add-opens=java.base/java.nio=ALL-UNNAMED \
  -jar "$work/jar/attnlift-bench-extract.jar" \
  "$work" "$users" 2> "$work/bench.log" | tail -n 1)

cat > bench/results/extract.json <<JSON
{
  "stage": "extract",
  "mode": "$mode",
  "what": "DuckDB to Parquet, every event of a generated world, -Xmx1g",
  "result": $result,
  "machine": {"cores": $(nproc), "load_average": "$(cut -d' ' -f1-3 /proc/loadavg)"},
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
}
JSON
cat bench/results/extract.json
