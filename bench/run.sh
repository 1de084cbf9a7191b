#!/usr/bin/env bash
# The attnlift benchmark: every stage's speed, memory and quality, measured the same way each time.
#
#   ./bench/run.sh --quick        small sizes, a few minutes; what CI may run (results/quick/)
#   ./bench/run.sh                the full run for people and closing notes (results/)
#
# Options:
#   --quick | --full          size of the run (default --full)
#   --only LIST               comma-separated sections: stages,reference,e2e,world2,scaling
#                             (default all)
#   --scaling-users "A B C"   users of the scaling runs (full: "1000 10000 50000", quick: "1000")
#   --e2e-users N             users of the end-to-end and second-world runs (full 10000, quick 1000)
#   --world2 FILE             the second world's spec (default: the one extract ships)
#   --max-epochs E            training epochs per variant (default: the demo's own default)
#   --no-build                use the jars already built
#   --install-torch           let the reference section apt-get Debian's python3-torch if missing
#
# Each stage's own benchmark is bench/<stage>/run.sh [--quick], writing bench/results/<stage>.json;
# this script runs them, then times `attnlift demo` (wall time and peak RSS of its whole process
# tree, quality against the synthetic truth) and renders results/README.md.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HOME_DIR="$(cd "$BENCH/.." && pwd)"
mode=full only="stages,reference,e2e,world2,scaling" build=1 install_torch=()
scaling_users="" e2e_users="" world2="" max_epochs=""
while (($#)); do
  case "$1" in
    --quick) mode=quick ;;
    --full) mode=full ;;
    --only) only="$2"; shift ;;
    --scaling-users) scaling_users="$2"; shift ;;
    --e2e-users) e2e_users="$2"; shift ;;
    --world2) world2="$2"; shift ;;
    --max-epochs) max_epochs="$2"; shift ;;
    --no-build) build=0 ;;
    --install-torch) install_torch=(--install-torch) ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [[ $mode == quick ]]; then
  : "${scaling_users:=1000}" "${e2e_users:=1000}"
  results="$BENCH/results/quick"
else
  : "${scaling_users:=1000 10000 50000}" "${e2e_users:=10000}"
  results="$BENCH/results"
fi
work="$BENCH/work"
runs="$work/runs"
mkdir -p "$results" "$runs"
# A run of every section starts from an empty folder, so its table holds one run's results only;
# --only keeps the other sections' results.
if [[ $only == "stages,reference,e2e,world2,scaling" ]]; then
  rm -f "$results"/*.json
fi
log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
has() { [[ ",$only," == *",$1,"* ]]; }

# --- prerequisites and build -------------------------------------------------------------------
command -v java >/dev/null || { echo "bench: java (17+) is needed" >&2; exit 2; }
jv=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
((${jv%%.*} >= 17)) || { echo "bench: Java 17+ is needed, found $jv" >&2; exit 2; }
[[ -r /proc/loadavg ]] || { echo "bench: needs Linux /proc to sample process memory" >&2; exit 2; }
if ((build)); then
  command -v mvn >/dev/null || { echo "bench: Maven is needed to build (or --no-build)" >&2; exit 2; }
  log "building (mvn -DskipTests package)"
  (cd "$HOME_DIR" && mvn -B -q -DskipTests package) >&2
fi
bench_jar="$HOME_DIR/bench/target/attnlift-bench.jar"
[[ -f $bench_jar ]] || { echo "bench: $bench_jar is missing: build first" >&2; exit 2; }
benchj() { java -jar "$bench_jar" "$@"; }
# The launcher rebuilds what is stale: let it do so now, not inside a timed run.
"$HOME_DIR/attnlift" --version >/dev/null
commit=$(git -C "$HOME_DIR" rev-parse HEAD 2>/dev/null || echo unknown)
# Modified tracked files, this harness's own outputs aside, make the commit "+dirty".
[[ -z $(git -C "$HOME_DIR" status --porcelain --untracked-files=no -- . ':!bench/results' \
  ':!bench/README.md' 2>/dev/null) ]] || commit="$commit+dirty"
benchj machine --mode "$mode" --commit "$commit" --out "$results/machine.json"
log "mode $mode, commit $commit, results in $results"

# The stage scripts use these; install what is missing where we can (a root Debian machine).
need=()
[[ -x /usr/bin/time ]] || need+=(time)
command -v bc >/dev/null || need+=(bc)
if ((${#need[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
      || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}")
  else
    log "missing ${need[*]}: some stage benchmarks may fail"
  fi
fi
command -v python3 >/dev/null || log "no python3: some stage benchmarks may fail"

# --- each stage's own benchmark ----------------------------------------------------------------
# The stage scripts write bench/results/<stage>.json; a quick run moves that into results/quick/
# and puts back the committed full result.
stage_bench() {
  local stage=$1 script="$BENCH/$1/run.sh" out="$BENCH/results/$1.json" keep=""
  if [[ ! -f $script ]]; then
    log "no $script: $stage is measured only inside the end-to-end runs"
    return 0
  fi
  if ! grep -q "bench/results/" "$script"; then
    log "$script writes no bench/results/$stage.json: $stage is measured in the end-to-end runs"
    return 0
  fi
  if [[ $mode == quick && -f $out ]]; then
    keep=$(mktemp); cp "$out" "$keep"
  fi
  log "stage benchmark: $script ${mode/full/}"
  local args=(); [[ $mode == quick ]] && args=(--quick)
  if benchj measure --label "$stage-bench" --out "$work/$stage-bench.measure.json" -- \
      bash "$script" "${args[@]}"; then
    log "$stage benchmark done"
  else
    log "$stage benchmark FAILED (exit $?): its result is left out"
  fi
  if [[ $mode == quick ]]; then
    [[ -f $out ]] && mv "$out" "$results/$stage.json"
    [[ -n $keep ]] && mv "$keep" "$out"
  fi
  return 0
}
if has stages; then
  for s in extract preprocess train attribute report; do stage_bench "$s"; done
fi

# --- side by side with the PyTorch reference (needs Debian's python3-torch) --------------------
# bench/reference/run.sh writes bench/results/reference.json; --quick: a 2,000-user world.
if has reference; then
  out="$BENCH/results/reference.json" keep=""
  [[ $mode == quick && -f $out ]] && { keep=$(mktemp); cp "$out" "$keep"; }
  args=("${install_torch[@]}"); [[ $mode == quick ]] && args+=(--quick)
  log "side by side with the PyTorch reference ${args[*]}"
  code=0
  bash "$BENCH/reference/run.sh" "${args[@]}" >"$work/reference.out" || code=$?
  case $code in
    0) log "reference section done" ;;
    3) log "reference section skipped: no PyTorch (--install-torch, see bench/README.md)" ;;
    *) log "reference section FAILED (exit $code): its result is left out" ;;
  esac
  if [[ $mode == quick ]]; then
    [[ -f $out ]] && mv "$out" "$results/reference.json"
    [[ -n $keep ]] && mv "$keep" "$out"
  fi
  largs=(); [[ $mode == quick ]] && largs=(--quick)
  bash "$BENCH/train/levers.sh" "${largs[@]}" >"$work/levers.out" 2>&1 \
    && { [[ $mode == quick ]] && mv "$BENCH/results/train-levers.json" "$results/"; true; } \
    || log "train levers FAILED: see $work/levers.out"
fi

# --- end to end: `attnlift demo`, timed over its whole process tree ----------------------------
# demo NAME USERS [WORLD_FILE]: writes results/e2e-NAME-USERS.json
demo() {
  local name=$1 users=$2 world=${3:-} run="bench-$1-$2"
  local db="$work/$run.duckdb" m="$work/$run.measure.json"
  local args=(demo --users "$users" --run-id "$run" --runs-root "$runs" --duckdb "$db")
  [[ -n $world ]] && args+=(--world "$world")
  [[ -n $max_epochs ]] && args+=(--max-epochs "$max_epochs")
  rm -rf "${runs:?}/$run" "$db" "$db.wal"
  log "end to end: $name world, $users users (run $run)"
  local code=0
  benchj measure --label "$run" --out "$m" -- "$HOME_DIR/attnlift" "${args[@]}" || code=$?
  benchj summarize --measure "$m" --runs-root "$runs" --run-id "$run" --users "$users" \
    --world-name "$name" --commit "$commit" --out "$results/e2e-$name-$users.json" \
    || log "could not summarize $run (see above): its result is incomplete"
  log "end to end $run: exit $code, $(grep -m1 '"wall_seconds"' "$m" | tr -d ' ,')"
  rm -f "$db" "$db.wal"
}
if has e2e; then
  demo default "$e2e_users"
fi
if has world2; then
  if [[ -z $world2 ]]; then
    world2=$(find "$HOME_DIR/extract/src/main/resources" -name '*.yaml' -path '*world*' \
      ! -name '*default*' 2>/dev/null | sort | head -1)
  fi
  if [[ -n $world2 && -f $world2 ]]; then
    demo "$(basename "$world2" .yaml)" "$e2e_users" "$world2"
  else
    log "no second world spec found (give --world2 FILE): second-world run skipped"
  fi
fi
if has scaling; then
  for u in $scaling_users; do
    if [[ $u == "$e2e_users" && -f $results/e2e-default-$u.json ]] && has e2e; then
      continue # measured above in this run
    fi
    demo default "$u"
  done
fi

# --- the table ---------------------------------------------------------------------------------
benchj machine --finish --out "$results/machine.json"
splice=(); [[ $mode == full ]] && splice=(--splice-into "$BENCH/README.md")
benchj table --results "$results" --out "$results/README.md" "${splice[@]}"
log "done: $results/README.md"
