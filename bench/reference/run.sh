#!/usr/bin/env bash
# Side by side: the PyTorch reference of the model (../shared/reference/train_eval.py, Debian's
# PyTorch 1.13) and attnlift's train stage on the same generated world, back to back: the same
# sessions (the world's sequences with the funnel events dropped: attnlift's funnel-removed
# variant, the reference's no_funnel), batch 64, FFN 768, one epoch, 2 threads. Writes the ratios
# of training and of inference sequences per second, the load average before each run and both
# peak RSS to bench/results/reference.json.
#
#   bench/reference/run.sh [--quick] [--users N] [--repeat K] [--reference DIR] [--install-torch]
#
#   --users N          world size (default 10000; --quick 2000)
#   --repeat K         pairs of runs, each pair back to back (default 1; the median is the headline)
#   --reference DIR    where train_eval.py lies (default ../shared/reference beside the checkout)
#   --install-torch    apt-get install python3-torch python3-numpy python3-sklearn if missing
#   REFERENCE_PYTHON   the Python with torch (default /usr/bin/python3, Debian's)
#
# The reference is run from where it lies, never copied. Without PyTorch the script exits 3 and
# says how to get it; nothing else in the project needs PyTorch.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

users=10000 repeat=1 install=0 mode=full
reference="$ROOT/../shared/reference"
while (($#)); do
  case "$1" in
    --quick) users=2000 mode=quick ;;
    --users) users="$2"; shift ;;
    --repeat) repeat="$2"; shift ;;
    --reference) reference="$2"; shift ;;
    --install-torch) install=1 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/reference: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
py=${REFERENCE_PYTHON:-/usr/bin/python3}
script="$reference/train_eval.py"
[[ -f $script ]] || { echo "bench/reference: no $script (give --reference DIR)" >&2; exit 2; }
has_torch() { [[ -x $py ]] && "$py" -c 'import torch, numpy, sklearn' 2>/dev/null; }
if ! has_torch && ((install)); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "bench/reference: installing Debian's python3-torch (a few minutes, once)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch python3-numpy \
      python3-sklearn >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq python3-torch python3-numpy python3-sklearn >/dev/null; }
  else
    echo "bench/reference: --install-torch needs root and apt-get" >&2; exit 2
  fi
fi
if ! has_torch; then
  echo "bench/reference: $py has no torch/numpy/sklearn; run with --install-torch, or" \
    "apt-get install python3-torch python3-numpy python3-sklearn" >&2
  exit 3
fi
for jar in extract/target/attnlift-extract.jar preprocess/target/attnlift-preprocess.jar \
    train/target/attnlift-train.jar bench/extract/target/attnlift-bench-extract.jar; do
  [[ -f $jar ]] || mvn -B -q -o -pl "${jar%%/target/*}" -am package -DskipTests
done

WORK=$ROOT/bench/work/reference
data=$WORK/world-$users
run_id=ref
mkdir -p "$WORK" bench/results
log() { printf '[bench/reference %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# --- the world, once per size: events.csv + session_truth.csv for the reference, and the same
# events through extract and preprocess for attnlift (funnel-removed only) ------------------
if [[ ! -f $data/runs/$run_id/preprocess/funnel-removed/manifest.json ]]; then
  rm -rf "$data"; mkdir -p "$data"
  log "generating a world of $users users"
  java -jar extract/target/attnlift-extract.jar generate --users "$users" --seed 42 \
    --end-date 2026-11-27 --duckdb "$data/world.duckdb" --csv "$data/events.csv" >/dev/null
  java -cp "bench/extract/target/attnlift-bench-extract.jar:bench/extract/target/lib/*" \
    io.attnlift.bench.TruthCsv "$data/world.duckdb" "$data/session_truth.csv"
  java -jar extract/target/attnlift-extract.jar extract --runs-root "$data/runs" \
    --run-id "$run_id" --duckdb "$data/world.duckdb" --until 2026-11-27 \
    --sample-users "$users" >/dev/null
  java -jar preprocess/target/attnlift-preprocess.jar preprocess --runs-root "$data/runs" \
    --run-id "$run_id" --variants funnel-removed >/dev/null
fi

# --- the runs: reference then attnlift, back to back, each under /usr/bin/time -v -------------
peak_kb() { grep 'Maximum resident' "$1" | awk '{print $NF}'; }
pairs=()
for ((r = 1; r <= repeat; r++)); do
  out=$WORK/pair-$r; rm -rf "$out"; mkdir -p "$out"
  ref_load=$(load)
  log "pair $r: reference (load $ref_load)"
  /usr/bin/time -v "$py" "$script" --data "$data" --out "$out/reference" --funnel no_funnel \
    --dim-feedforward 768 --epochs 1 --threads 2 --max-train-minutes 60 \
    >"$out/reference.log" 2>&1 || { tail -20 "$out/reference.log" >&2; exit 1; }
  att_load=$(load)
  log "pair $r: attnlift train (load $att_load)"
  /usr/bin/time -v java -jar train/target/attnlift-train.jar train --runs-root "$data/runs" \
    --run-id "$run_id" --variants funnel-removed --max-epochs 1 --batch-size 64 --threads 2 \
    --max-occlusion-sessions 300 --faithfulness-sessions 300 \
    >"$out/attnlift.log" 2>&1 || { tail -20 "$out/attnlift.log" >&2; exit 1; }
  cp "$data/runs/$run_id/train/funnel-removed/metrics.json" "$out/attnlift-metrics.json"
  cp "$data/runs/$run_id/train/funnel-removed/model/model.json" "$out/attnlift-model.json"
  pairs+=("$out|$ref_load|$att_load|$(peak_kb "$out/reference.log")|$(peak_kb "$out/attnlift.log")")
done

"$py" - "$mode" "$users" "$ROOT/bench/results/reference.json" "${pairs[@]}" <<'PY'
import json, os, statistics, sys
mode, users, dest, *pairs = sys.argv[1:]
rows = []
for p in pairs:
    out, ref_load, att_load, ref_kb, att_kb = p.split("|")
    ref = json.load(open(f"{out}/reference/metrics.json"))
    att = json.load(open(f"{out}/attnlift-metrics.json"))  # the metrics contract, version 2
    card = json.load(open(f"{out}/attnlift-model.json"))
    speed, setup = att["speed"], att["setup"]
    rows.append({
        "reference": {
            "load_average_before": ref_load,
            "train_sequences_per_second": ref["train_sequences_per_second"],
            "inference_sequences_per_second": ref["inference_sequences_per_second"],
            "peak_rss_mb": int(ref_kb) / 1024, "val_auc": ref["val_auc"],
            "train_sessions": ref["n_train_sessions"], "val_sessions": ref["n_val_sessions"],
            "mean_train_length": ref["mean_seq_len_train"], "wall_seconds": ref["wall_seconds"],
            "cpu_utilisation_during_training": ref["cpu_utilisation_during_training"]},
        "attnlift": {
            "load_average_before": att_load,
            "train_sequences_per_second": speed["train_sequences_per_second"],
            "inference_sequences_per_second": speed["inference_sequences_per_second"],
            "peak_rss_mb": int(att_kb) / 1024, "val_auc": att["val"]["auc"]["value"],
            "test_auc": att["test"]["auc"]["value"], "train_sessions": setup["train_sessions"],
            "precision": card["precision"],
            "train_sequences_per_cpu_second": speed["train_sequences_per_cpu_second"],
            "inference_sequences_per_cpu_second":
                speed["inference_sequences_per_cpu_second"]},
    })
    a, f = rows[-1]["attnlift"], rows[-1]["reference"]
    rows[-1]["attnlift_over_reference"] = {
        k: a[m] / f[m] for k, m in (("train", "train_sequences_per_second"),
                                    ("inference", "inference_sequences_per_second"),
                                    ("peak_rss", "peak_rss_mb"))}
out = {
    "benchmark": "reference", "mode": mode, "users": int(users), "cores": os.cpu_count(),
    "what": "attnlift train stage vs the PyTorch reference (Debian python3-torch, 2 threads),"
            " same world, funnel-removed (the reference's no_funnel), batch 64, FFN 768, one"
            " epoch, back to back",
    "train_speed_ratio": statistics.median(r["attnlift_over_reference"]["train"] for r in rows),
    "inference_speed_ratio": statistics.median(
        r["attnlift_over_reference"]["inference"] for r in rows),
    "peak_rss_ratio": statistics.median(r["attnlift_over_reference"]["peak_rss"] for r in rows),
    "pairs": rows,
}
json.dump(out, open(dest, "w"), indent=2)
print(json.dumps(out, indent=2))
PY
