#!/usr/bin/env bash
# Makes the local base images, when they are missing, for machines that cannot pull public images:
#
#   attnlift-local/debian:bookworm  Debian bookworm (debootstrap --variant=minbase, docker import);
#                                   the stand-in for the CUDA runtime base of train-gpu
#   attnlift-local/jre:17           that + a Java 17 runtime at /opt/java/openjdk (jre.Dockerfile);
#                                   the stand-in for the Temurin JRE base of every other image
#
#   docker/local/bases.sh [--dry-run]
#
# Needs root (debootstrap), debootstrap, and Debian's mirror (DEBIAN_MIRROR, default
# http://deb.debian.org/debian). Prints the build time and size of each base it makes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
debian=attnlift-local/debian:bookworm
jre=attnlift-local/jre:17
dry=false
[[ ${1:-} == --dry-run ]] && dry=true

have() { ! $dry && docker image inspect "$1" >/dev/null 2>&1; }

size_of() { docker image inspect -f '{{.Size}}' "$1" | awk '{printf "%.0f MB", $1 / 1e6}'; }

make_debian() {
  $dry && { echo "debootstrap --variant=minbase bookworm ROOTFS $mirror"; \
    echo "docker import - $debian"; return; }
  command -v debootstrap >/dev/null \
    || { echo "bases.sh: debootstrap is missing (apt-get install debootstrap)" >&2; exit 2; }
  local start=$SECONDS rootfs
  rootfs="$(mktemp -d)"
  trap 'rm -rf "$rootfs"' RETURN
  echo "bases.sh: debootstrap bookworm from $mirror (about a minute)" >&2
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -20 "$rootfs.log" >&2; rm -f "$rootfs.log"; exit 1; }
  rm -f "$rootfs.log"
  # The package cache and lists are build-time only (the JRE base runs apt-get update itself).
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | docker import - "$debian" >/dev/null
  echo "bases.sh: $debian built in $((SECONDS - start)) s, $(size_of "$debian")" >&2
}

make_jre() {
  local start=$SECONDS
  # The host network: apt-get inside reaches the mirror even on an engine without a bridge.
  local cmd=(docker build --network host --build-arg "DEBIAN_BASE=$debian"
    --file "$here/jre.Dockerfile" --tag "$jre" "$here")
  if $dry; then echo "${cmd[*]}"; return; fi
  echo "bases.sh: $jre: Debian's JDK, jlink'ed to /opt/java/openjdk (about a minute)" >&2
  local log; log="$(mktemp)"
  "${cmd[@]}" >"$log" 2>&1 || { tail -30 "$log" >&2; rm -f "$log"; exit 1; }
  rm -f "$log"
  echo "bases.sh: $jre built in $((SECONDS - start)) s, $(size_of "$jre")" >&2
}

have "$debian" || make_debian
have "$jre" || make_jre
