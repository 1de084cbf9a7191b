#!/usr/bin/env bash
# Benchmarks the train stage on a planted-driver toy world of realistic size (or on a real
# preprocess output with --run RUNS_ROOT/RUN_ID): training speed with and without length
# bucketing, inference speed, a full run's wall time and peak RSS, and test AUC against the best
# AUC a model that sees one session can reach (the toy world's true probabilities).
# Writes bench/results/train.json.
#
#   bench/train/run.sh [--quick] [--epochs N] [--funnel-epochs N] [--run RUNS_ROOT/RUN_ID]
#                      [-- EXTRA TRAIN FLAGS]
set -euo pipefail
cd "$(dirname "$0")/../.."

QUICK=0; EPOCHS=""; FUNNEL_EPOCHS=""; RUN=""; EXTRA=(); CAP=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --epochs) EPOCHS="$2"; shift ;;
    --funnel-epochs) FUNNEL_EPOCHS="$2"; shift ;;
    --run) RUN="$2"; shift ;;
    --) shift; EXTRA=("$@"); break ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$QUICK" = 1 ]; then
  # quick: occlusion (one forward pass per event) on 300 sessions, not all 1,400 held out
  SIZES="3000 700 700"; EPOCHS="${EPOCHS:-1}"; UNBUCKETED_EPOCHS=1
  CAP=(--max-occlusion-sessions 300)
else
  SIZES="21000 4500 4500"; EPOCHS="${EPOCHS:-4}"; UNBUCKETED_EPOCHS=1
fi
FUNNEL_EPOCHS="${FUNNEL_EPOCHS:-$EPOCHS}"

JAR=train/target/attnlift-train.jar
if [ ! -f "$JAR" ] || [ ! -d train/target/test-classes ]; then
  mvn -B -q -o -pl train -am package -DskipTests
fi
CP="train/target/test-classes:common/target/attnlift-common-tests.jar:$JAR:train/target/lib/*"
WORK=bench/work/train
mkdir -p "$WORK" bench/results

if [ -z "$RUN" ]; then
  ROOT="$WORK/runs"; ID=toy
  rm -rf "$ROOT/$ID"
  # shellcheck disable=SC2086
  java -cp "$CP" io.attnlift.train.ToyWorldMain "$ROOT" "$ID" $SIZES 20 1 2>/dev/null
else
  ROOT="$(dirname "$RUN")"; ID="$(basename "$RUN")"
fi
TRUTH="$ROOT/$ID/extract/session_truth"
oracle() { # variant, out file
  if [ -d "$TRUTH" ]; then
    java -cp "$CP" io.attnlift.train.OracleMain "$TRUTH" \
      "$ROOT/$ID/train/$1/predictions" "$2" >/dev/null 2>&1
  else
    echo '{}' > "$2"
  fi
}

run_train() { # label, extra flags...
  local label="$1"; shift
  local log="$WORK/$label.log"
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -v java -jar "$JAR" train --runs-root "$ROOT" --run-id "$ID" "$@" \
    >"$log" 2>&1 || { tail -20 "$log"; exit 1; }
  end=$(date +%s.%N)
  echo "$label $(echo "$end - $start" | bc) $(grep 'Maximum resident' "$log" | awk '{print $NF}')"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
FULL=$(run_train full --variants no-funnel --max-epochs "$EPOCHS" "${CAP[@]}" "${EXTRA[@]}")
cp "$ROOT/$ID/train/no-funnel/metrics.json" "$WORK/full-metrics.json"
cp "$ROOT/$ID/train/no-funnel/faithfulness.json" "$WORK/full-faithfulness.json"
oracle no-funnel "$WORK/full-oracle.json"
UNB=$(run_train unbucketed --variants no-funnel --max-epochs "$UNBUCKETED_EPOCHS" \
  --length-buckets false --max-occlusion-sessions 0 --faithfulness-sessions 0 "${EXTRA[@]}")
cp "$ROOT/$ID/train/no-funnel/metrics.json" "$WORK/unbucketed-metrics.json"
FUNNEL=$(run_train funnel --variants with-funnel --max-epochs "$FUNNEL_EPOCHS" "${CAP[@]}" \
  "${EXTRA[@]}")
cp "$ROOT/$ID/train/with-funnel/metrics.json" "$WORK/funnel-metrics.json"
oracle with-funnel "$WORK/funnel-oracle.json"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$WORK" "$RUN" "$FULL" "$UNB" "$FUNNEL" "$LOAD_BEFORE" "$LOAD_AFTER" "$QUICK" <<'PY'
import json, os, sys
work, run_dir, full, unb, funnel, load_before, load_after, quick = sys.argv[1:]
def flat(x):  # metrics.json (the metrics contract of common), as the keys below
    return {"val_auc": x["val"]["auc"]["value"], "test_auc": x["test"]["auc"]["value"],
            "test_auc_ci": [x["test"]["auc"]["ci_low"], x["test"]["auc"]["ci_high"]],
            "epochs_run": x["fit"]["epochs_run"], "epoch_kept": x["fit"]["epoch_kept"],
            "curve": x["fit"]["curve"], "train_sessions": x["setup"]["train_sessions"],
            **{k: x["speed"][k] for k in ("train_seconds", "train_sequences_per_second",
               "inference_sequences_per_second", "train_sequences_per_cpu_second",
               "inference_sequences_per_cpu_second")}}
m = {k: flat(json.load(open(f"{work}/{k}-metrics.json"))) for k in ("full", "unbucketed", "funnel")}
faith = json.load(open(f"{work}/full-faithfulness.json"))
def run(line):
    label, secs, rss = line.split(); return {"wall_seconds": float(secs), "peak_rss_kb": int(rss)}
out = {
  "machine": {"cores": __import__("os").cpu_count(), "load_average_before": load_before,
              "load_average_after": load_after},
  "quick": quick == "1",
  "data": run_dir or "toy world (bench/train: ToyWorldMain, planted drivers)",
  "no_funnel": {**run(full), **{k: m["full"][k] for k in (
      "val_auc", "test_auc", "test_auc_ci", "epochs_run", "epoch_kept", "train_seconds",
      "train_sequences_per_second", "inference_sequences_per_second", "train_sessions",
      "train_sequences_per_cpu_second", "inference_sequences_per_cpu_second", "curve")
      if k in m["full"]}},
  "no_funnel_unbucketed": {**run(unb), **{k: m["unbucketed"][k] for k in (
      "train_sequences_per_second", "train_sequences_per_cpu_second") if k in m["unbucketed"]}},
  "with_funnel": {**run(funnel), **{k: m["funnel"][k] for k in (
      "val_auc", "test_auc", "epochs_run", "train_sequences_per_second")}},
  "faithfulness_k1": [r for r in faith["results"] if r["k"] == 1],
}
out["no_funnel"]["oracle"] = json.load(open(f"{work}/full-oracle.json"))
out["with_funnel"]["oracle"] = json.load(open(f"{work}/funnel-oracle.json"))
out["funnel_gap"] = out["with_funnel"]["test_auc"] - out["no_funnel"]["test_auc"]
json.dump(out, open("bench/results/train.json", "w"), indent=2)
print(json.dumps(out, indent=2))
PY
