#!/usr/bin/env bash
# Builds and tags every attnlift image: one per docker/<name>.Dockerfile, tagged
# <registry>/attnlift-<name>:<tag> (the names workflows/argo/workflow-template.yaml runs).
#
#   docker/build.sh [--registry ghcr.io/attnlift] [--tag TAG] [--push] [--dry-run] [name...]
#
# The build context is the repository root; BuildKit is needed (cache mounts for ~/.m2).
# --dry-run prints the docker commands instead of running them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
registry="ghcr.io/attnlift"
# The default tag is the one the WorkflowTemplate runs by default (its image-tag parameter).
tag="$(awk '/- name: image-tag/ {found=1; next}
             found && /value:/ {gsub(/[" ]/, "", $2); print $2; exit}' \
  "$root/workflows/argo/workflow-template.yaml")"
push=false
dry=false
only=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --registry) registry="${2:?--registry needs a value}"; shift 2 ;;
    --tag) tag="${2:?--tag needs a value}"; shift 2 ;;
    --push) push=true; shift ;;
    --dry-run) dry=true; shift ;;
    -h|--help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "build.sh: unknown option $1" >&2; exit 2 ;;
    *) only+=("$1"); shift ;;
  esac
done

run() {
  if $dry; then
    echo "$*"
  else
    "$@"
  fi
}

cd "$root"
built=0
for file in "$root"/docker/*.Dockerfile; do
  name="$(basename "$file" .Dockerfile)"
  if [[ ${#only[@]} -gt 0 && ! " ${only[*]} " == *" $name "* ]]; then
    continue
  fi
  image="$registry/attnlift-$name:$tag"
  echo "build.sh: $image" >&2
  run env DOCKER_BUILDKIT=1 docker build --file "docker/$name.Dockerfile" --tag "$image" .
  if $push; then
    run docker push "$image"
  fi
  built=$((built + 1))
done

if [[ $built -eq 0 ]]; then
  echo "build.sh: no image matches ${only[*]}" >&2
  exit 2
fi
