#!/usr/bin/env bash
# Preprocess benchmark: events per second of the stage on embedded Flink, on a local Flink session
# cluster (`attnlift flink start`: a JobManager and two TaskManagers, separate processes), on the
# DirectRunner and as a plain single-threaded Java pass over the same events (the lower bound).
#
#   bench/preprocess/run.sh [--quick]
#
# Full: Flink (embedded and cluster) and plain at 1M and 10M events, DirectRunner at 20k (it needs tens of ms per session
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
ATTNLIFT_JAR=$ROOT/workflows/target/attnlift-workflows.jar

if [[ "${1:-}" == "--quick" ]]; then
  SIZES=(200000); DIRECT_SIZE=5000; MODE=quick
else
  SIZES=(1000000 10000000); DIRECT_SIZE=20000; MODE=full
fi

# The helpers are built by Maven (module bench/preprocess) with the preprocess stage's classpath.
HELPERS=$ROOT/bench/preprocess/target/attnlift-bench-preprocess.jar
[[ -f "$JAR" && -f "$HELPERS" && -f "$ATTNLIFT_JAR" ]] || \
  mvn -B -q -pl bench/preprocess,workflows -am package -DskipTests
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
    echo "  \"note\": \"both variants from one read; plain-java is one single-threaded in-memory pass (lower bound); FlinkCluster is a local session cluster (1 JobManager + 2 TaskManagers, ${BENCH_TM_MEMORY:-3g} each), its cpu_seconds include the cluster processes'\","
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
  local ticks0=0; [[ $name == FlinkCluster ]] && ticks0=$(cluster_ticks)
  /usr/bin/time -f "%e %U %S" -o "$tfile" "$@" > "$WORK/$name-$size.log" 2>&1 \
    || { echo "$name at $size failed, see $WORK/$name-$size.log" >&2; cat "$tfile" >&2; exit 1; }
  read -r wall user sys < "$tfile"
  rm -f "$tfile"
  # The cluster's JobManager and TaskManagers do the work in their own processes: add their CPU.
  local extra=0
  [[ $name == FlinkCluster ]] && extra=$(echo "($(cluster_ticks) - $ticks0) / $(getconf CLK_TCK)" | bc -l)
  local cpu; cpu=$(printf '%.2f' "$(echo "$user + $sys + $extra" | bc -l)")
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

# The local session cluster: started once (a long-lived cluster, its start not timed), with
# BENCH_TM_MEMORY per TaskManager; stopped at the end, also when a measurement fails.
FLINK_DIR=$WORK/flink
FLINK_PORT=${BENCH_FLINK_PORT:-8089}
cluster_ticks() {
  local total=0 pid
  for f in "$FLINK_DIR"/*.pid; do
    pid=$(cat "$f")
    [[ -r /proc/$pid/stat ]] || continue
    total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat") ))
  done
  echo "$total"
}
cluster() {
  local size=$1
  rm -rf "$WORK/runs/e$size/preprocess"
  measure FlinkCluster "$size" java -jar "$JAR" preprocess --runs-root "$WORK/runs" \
    --run-id "e$size" --runner FlinkRunner --flink-master "localhost:$FLINK_PORT"
}
trap 'java -jar "$ATTNLIFT_JAR" flink stop --dir "$FLINK_DIR" >/dev/null 2>&1 || true' EXIT
java -jar "$ATTNLIFT_JAR" flink start --dir "$FLINK_DIR" --port "$FLINK_PORT" \
  --taskmanager-memory "${BENCH_TM_MEMORY:-3g}" > "$WORK/flink-start.log" 2>&1 \
  || { echo "the Flink cluster did not start, see $WORK/flink-start.log" >&2; exit 1; }

for size in "${SIZES[@]}"; do
  generate "$size"
  plain "$size"
  stage FlinkRunner "$size"
  cluster "$size"
done
generate "$DIRECT_SIZE"
stage DirectRunner "$DIRECT_SIZE"

echo "wrote $OUT" >&2
