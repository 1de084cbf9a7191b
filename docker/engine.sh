#!/usr/bin/env bash
# Starts or stops a Docker engine of this machine's own for the container runs and tests, when no
# engine answers already (Debian's docker.io: `apt-get install docker.io debootstrap`).
#
#   docker/engine.sh start    # starts dockerd unless `docker info` answers; waits until it does
#   docker/engine.sh stop     # stops the dockerd that `start` started, and only that one
#
# The engine has no bridge network and touches no firewall rules (--bridge=none,
# --iptables=false): the attnlift containers use the host's network (`--network host`, loopback
# only for the local Flink cluster) or none. Needs root. Its log and pid file are in
# ${ATTNLIFT_DOCKERD_DIR:-/var/run/attnlift-dockerd}.
set -euo pipefail

state="${ATTNLIFT_DOCKERD_DIR:-/var/run/attnlift-dockerd}"
pidfile="$state/dockerd.pid"

start() {
  if docker info >/dev/null 2>&1; then
    echo "engine.sh: a Docker engine already answers; using it" >&2
    return
  fi
  command -v dockerd >/dev/null \
    || { echo "engine.sh: dockerd is missing (apt-get install docker.io)" >&2; exit 2; }
  mkdir -p "$state"
  # Its own session, so that it outlives this script (and the CI step that called it).
  setsid dockerd --bridge=none --iptables=false --ip6tables=false --pidfile "$pidfile" \
    >"$state/dockerd.log" 2>&1 < /dev/null &
  for _ in $(seq 1 60); do
    if docker info >/dev/null 2>&1; then
      echo "engine.sh: dockerd $(docker version --format '{{.Server.Version}}') started" \
        "(pid $(cat "$pidfile"), log $state/dockerd.log)" >&2
      return
    fi
    sleep 1
  done
  echo "engine.sh: dockerd did not answer within 60 s; its log:" >&2
  tail -20 "$state/dockerd.log" >&2
  exit 1
}

stop() {
  [[ -f $pidfile ]] || { echo "engine.sh: no dockerd started by engine.sh" >&2; return; }
  local pid; pid="$(cat "$pidfile")"
  if [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == dockerd ]]; then
    kill -TERM "$pid"
    for _ in $(seq 1 30); do
      [[ -d /proc/$pid ]] || break
      sleep 1
    done
    echo "engine.sh: dockerd (pid $pid) stopped" >&2
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
