#!/usr/bin/env bash
# The train stage's speed levers, A/B in one JVM: configurations of the seed model (precision,
# inference batch size, threads) trained and scored interleaved batch by batch on the same
# sessions, so every configuration sees the same load. Writes bench/results/train-levers.json.
#
#   bench/train/levers.sh [--quick] [--steps N] [--data PREPROCESS_VARIANT_DIR] [CONFIG ...]
#
# CONFIG is NAME=KEY:VALUE,... with the keys precision (float32, bfloat16, auto; default float32),
# threads (intra-op, 2), inter (inter-op, = threads), perSession (true: the session's own
# inter-op pool), batch (inference, 64) and jit (XLA auto-clustering: OFF, ON_1, ON_2). The JVM runs with TF_OVERRIDE_GLOBAL_THREADPOOL=1, so that each session gets
# the intra-op pool it asks for (without it the first session's pool serves every session), and
# TF_XLA_FLAGS=--tf_xla_cpu_global_jit, without which jit is ignored on the CPU. Data: the
# side-by-side section's world (bench/work/reference/world-*, the largest) when there is one, else
# the toy world. Steps: 120 (--quick 40) training steps of 64 after 3 of warm-up, then 2 scoring
# passes over the validation split after one of warm-up.
set -euo pipefail
cd "$(dirname "$0")/../.."
steps=120 data="" toy="21000 4500 4500"
while (($#)); do
  case "$1" in
    --quick) steps=40 toy="3000 700 700" ;;
    --steps) steps="$2"; shift ;;
    --data) data="$2"; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
  shift
done
configs=("$@")
# The default (bfloat16 where the CPU has it, 2/2 threads, batch 64) twice (the A/A pair: the
# noise of the run), float32, and the levers measured in issue 17 that came closest.
((${#configs[@]})) || configs=(auto=precision:auto auto-again=precision:auto
  float32=precision:float32 auto-batch32=precision:auto,batch:32
  auto-inter1=precision:auto,inter:1,perSession:true)
JAR=train/target/attnlift-train.jar
if [ ! -f "$JAR" ] || [ ! -d train/target/test-classes ]; then
  mvn -B -q -o -pl train -am package -DskipTests
fi
CP="train/target/test-classes:common/target/attnlift-common-tests.jar:$JAR:train/target/lib/*"
if [[ -z $data ]]; then
  data=$( (ls -d bench/work/reference/world-*/runs/ref/preprocess/funnel-removed 2>/dev/null \
    || true) | sort -t- -k2 -n | tail -1)
  if [[ -z $data || ! -f $data/manifest.json ]]; then
    rm -rf bench/work/train/runs/levers
    # shellcheck disable=SC2086
    java -cp "$CP" io.attnlift.train.ToyWorldMain bench/work/train/runs levers $toy 20 1 \
      2>/dev/null
    data=bench/work/train/runs/levers/preprocess/no-funnel
  fi
fi
mkdir -p bench/results
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
lines=$(TF_OVERRIDE_GLOBAL_THREADPOOL=1 TF_XLA_FLAGS=--tf_xla_cpu_global_jit \
  java -cp "$CP" io.attnlift.train.LeversMain "$data" "$steps" "${configs[@]}" 2>/dev/null \
  | grep '^{')
{
  echo "{\"benchmark\": \"train-levers\", \"data\": \"$data\", \"steps\": $steps,"
  echo " \"cores\": $(nproc), \"load_average_before\": \"$load_before\","
  echo " \"what\": \"configurations interleaved batch by batch in one JVM (same load)\","
  echo " \"configs\": ["
  echo "$lines" | sed '$!s/$/,/'
  echo " ]}"
} > bench/results/train-levers.json
cat bench/results/train-levers.json
