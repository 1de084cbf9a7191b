#!/usr/bin/env bash
# Preprocess benchmark: events per second of the stage on embedded Flink, on the DirectRunner and
# as a plain single-threaded Java pass over the same events (the lower bound).
#
#   bench/preprocess/run.sh [--quick]
#
# Full: Flink and plain at 1M and 10M events, DirectRunner at 20k (it needs tens of ms per session
# after its GroupByKey: 20k events take one to two minutes). Quick: Flink and plain at 200k,
# DirectRunner at 5k.
# Writes bench/results/preprocess.json. Wall time and CPU time (user + sys of the process) are both
# recorded, with the load average: on a shared machine CPU time is the steadier of the two.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=${BENCH_WORK:-$ROOT/bench/work/preprocess}
OUT=$ROOT/bench/results/preprocess.json
JAR=$ROOT/preprocess/target/attnlift-preprocess.jar

if [[ "${1:-}" == "--quick" ]]; then
  SIZES=(200000); DIRECT_SIZE=5000; MODE=quick
else
  SIZES=(1000000 10000000); DIRECT_SIZE=20000; MODE=full
fi

# The helpers are built by Maven (module bench/preprocess) with the preprocess stage's classpath.
HELPERS=$ROOT/bench/preprocess/target/attnlift-bench-preprocess.jar
[[ -f "$JAR" && -f "$HELPERS" ]] || mvn -B -q -pl bench/preprocess -am package -DskipTests
# Overrides: BENCH_SIZES="1000000" (Flink and plain), BENCH_DIRECT_SIZE=20000.
[[ -n "${BENCH_SIZES:-}" ]] && read -r -a SIZES <<< "$BENCH_SIZES"
DIRECT_SIZE=${BENCH_DIRECT_SIZE:-$DIRECT_SIZE}
CP="$HELPERS:$(ls "$ROOT"/bench/preprocess/target/lib/*.jar | tr '\n' ':')"
mkdir -p "$WORK"
CORES=$(nproc)
RESULTS=()

# generate SIZE: writes runs/<size>/extract once (seeded, so every run sees the same events).
generate() {
  local size=$1
  if [[ ! -f "$WORK/runs/e$size/extract/manifest.json" ]]; then
    java -cp "$CP" io.attnlift.bench.GenerateEvents "$WORK/runs" "e$size" "$size" \
      $(( size / 1000000 + 1 )) 7
  fi
}

# write_json: (re)writes the results so far, so an interrupted run keeps what it measured.
write_json() {
  mkdir -p "$(dirname "$OUT")"
  {
    echo "{"
    echo "  \"benchmark\": \"preprocess\", \"mode\": \"$MODE\", \"cores\": $CORES,"
    echo "  \"note\": \"both variants from one read; plain-java is one single-threaded in-memory pass (lower bound)\","
    echo "  \"results\": ["
    for i in "${!RESULTS[@]}"; do
      sep=","; [[ $i -eq $(( ${#RESULTS[@]} - 1 )) ]] && sep=""
      echo "    ${RESULTS[$i]}$sep"
    done
    echo "  ]"
    echo "}"
  } > "$OUT"
}

# measure NAME SIZE CMD...: runs CMD, appends a result with wall and CPU seconds.
measure() {
  local name=$1 size=$2; shift 2
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local tfile; tfile=$(mktemp)
  /usr/bin/time -f "%e %U %S" -o "$tfile" "$@" > "$WORK/$name-$size.log" 2>&1 \
    || { echo "$name at $size failed, see $WORK/$name-$size.log" >&2; cat "$tfile" >&2; exit 1; }
  read -r wall user sys < "$tfile"
  rm -f "$tfile"
  local cpu; cpu=$(echo "$user + $sys" | bc)
  local eps; eps=$(echo "$size / $wall" | bc)
  echo "$name $size events: ${wall}s wall, ${cpu}s cpu, $eps events/s (load $load)" >&2
  RESULTS+=("{\"runner\": \"$name\", \"events\": $size, \"wall_seconds\": $wall,\
 \"cpu_seconds\": $cpu, \"events_per_second\": $eps, \"load_average\": $load}")
  write_json
}

stage() {
  local runner=$1 size=$2
  rm -rf "$WORK/runs/e$size/preprocess"
  measure "$runner" "$size" java -jar "$JAR" preprocess --runs-root "$WORK/runs" \
    --run-id "e$size" --runner "$runner"
}

plain() {
  local size=$1
  rm -rf "$WORK/plain"
  measure "plain-java" "$size" java -cp "$CP" io.attnlift.bench.PlainPass \
    "$WORK/runs/e$size/extract/events" "$WORK/plain"
}

for size in "${SIZES[@]}"; do
  generate "$size"
  plain "$size"
  stage FlinkRunner "$size"
done
generate "$DIRECT_SIZE"
stage DirectRunner "$DIRECT_SIZE"

echo "wrote $OUT" >&2
