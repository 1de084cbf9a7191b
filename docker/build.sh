#!/usr/bin/env bash
# Builds and tags every attnlift image: one per docker/<name>.Dockerfile, tagged
# <registry>/attnlift-<name>:<tag> (the names workflows/argo/workflow-template.yaml runs).
#
#   docker/build.sh [--local] [--registry ghcr.io/attnlift] [--tag TAG] [--push] [--dry-run] [name...]
#
# Each image packages the stage jar and lib/ of the host's Maven build (built first when missing
# or older than the sources; train-gpu from `mvn -Pgpu`, in train/target/gpu/); its build context
# is target/docker/<name>/, holding only those. The base images are the Dockerfiles' defaults (the
# public, pinned Temurin JRE and CUDA runtime) unless --local: then the Debian-built bases of
# docker/local/bases.sh, made when missing, and the registry defaults to attnlift-local.
# --dry-run prints the docker commands instead of running them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
registry=""
# The default tag is the one the WorkflowTemplate runs by default (its image-tag parameter).
tag="$(awk '/- name: image-tag/ {found=1; next}
             found && /value:/ {gsub(/[" ]/, "", $2); print $2; exit}' \
  "$root/workflows/argo/workflow-template.yaml")"
push=false
dry=false
local_bases=false
only=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --registry) registry="${2:?--registry needs a value}"; shift 2 ;;
    --tag) tag="${2:?--tag needs a value}"; shift 2 ;;
    --push) push=true; shift ;;
    --dry-run) dry=true; shift ;;
    --local) local_bases=true; shift ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "build.sh: unknown option $1" >&2; exit 2 ;;
    *) only+=("$1"); shift ;;
  esac
done
if [[ -z $registry ]]; then
  $local_bases && registry=attnlift-local || registry=ghcr.io/attnlift
fi

run() {
  if $dry; then echo "$*"; else "$@"; fi
}

# The build folder of an image's jar: <module>/target, or <module>/target/gpu for train-gpu.
build_dir() {
  local name=$1 module=${1%-cpu}
  module=${module%-gpu}
  [[ $name == *-gpu ]] && echo "$module/target/gpu" || echo "$module/target"
}

# Whether a module's jar in a build folder is missing or older than what it is built from.
stale() {
  local module=$1 dir=$2 jar="$2/attnlift-$1.jar"
  [[ -f $jar ]] || return 0
  [[ -n $(find "$module/src/main" "$module/pom.xml" common/src/main common/pom.xml pom.xml \
    -newer "$jar" -type f -print -quit 2>/dev/null) ]]
}

cd "$root"
names=()
for file in docker/*.Dockerfile; do
  name="$(basename "$file" .Dockerfile)"
  if [[ ${#only[@]} -eq 0 || " ${only[*]} " == *" $name "* ]]; then
    names+=("$name")
  fi
done
if [[ ${#names[@]} -eq 0 ]]; then
  echo "build.sh: no image matches ${only[*]}" >&2
  exit 2
fi

# The jars, as the tests built them: Maven only for what is missing or stale.
cpu_modules=()
gpu=false
for name in "${names[@]}"; do
  dir="$(build_dir "$name")"
  module="${dir%%/*}"
  if ! $dry && stale "$module" "$dir"; then
    [[ $dir == */gpu ]] && gpu=true || cpu_modules+=("$module")
  fi
done
# Maven leaves a jar whose content did not change as it was: touch it, so it is not stale again.
if [[ ${#cpu_modules[@]} -gt 0 ]]; then
  list="$(printf '%s\n' "${cpu_modules[@]}" | sort -u | paste -sd, -)"
  echo "build.sh: mvn -DskipTests package -pl $list -am" >&2
  mvn -B -q -DskipTests package -pl "$list" -am >&2
  for m in "${cpu_modules[@]}"; do touch "$m/target/attnlift-$m.jar"; done
fi
if $gpu; then
  echo "build.sh: mvn -Pgpu -DskipTests package -pl train -am (into train/target/gpu)" >&2
  mvn -B -q -Pgpu -DskipTests package -pl train -am >&2
  touch train/target/gpu/attnlift-train.jar
fi

build_args=()
if $local_bases; then
  if $dry; then bash docker/local/bases.sh --dry-run; else bash docker/local/bases.sh; fi
  # The host network: a local engine may run without a bridge network (as .ci/run starts it).
  build_args=(--network host --build-arg JRE_BASE=attnlift-local/jre:17
    --build-arg CUDA_BASE=attnlift-local/debian:bookworm)
fi

for name in "${names[@]}"; do
  dir="$(build_dir "$name")"
  module="${dir%%/*}"
  image="$registry/attnlift-$name:$tag"
  context="target/docker/$name"
  start=$SECONDS
  echo "build.sh: $image" >&2
  # The context: only the jar and its classpath, hard-linked where the file system allows it.
  if $dry; then
    echo "cp -al $dir/attnlift-$module.jar $dir/lib $context/"
  else
    rm -rf "$context" && mkdir -p "$context"
    cp -al "$dir/attnlift-$module.jar" "$dir/lib" "$context/" 2>/dev/null \
      || cp -a "$dir/attnlift-$module.jar" "$dir/lib" "$context/"
  fi
  run docker build --file "docker/$name.Dockerfile" --tag "$image" "${build_args[@]}" "$context"
  if ! $dry; then
    size="$(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1 / 1e6}')"
    echo "build.sh: $image built in $((SECONDS - start)) s, $size" >&2
  fi
  if $push; then
    run docker push "$image"
  fi
done
