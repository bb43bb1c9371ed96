#!/usr/bin/env bash
# A private single-node Slurm cluster on this machine, for testing scripts/slurm/ (SlurmIT uses it).
#
#   scripts/slurm/single-node-test.sh start    install slurm-wlm and munge with apt when missing, write
#                                              the config, start munged, slurmctld and slurmd, wait
#                                              until the node is idle; does nothing when it is up already
#   scripts/slurm/single-node-test.sh stop     cancel its jobs, stop the three daemons, delete its directory
#   scripts/slurm/single-node-test.sh status   exit 0 when the node answers, else 1
#   scripts/slurm/single-node-test.sh env      print `export SLURM_CONF=...` for eval
#
# Everything lives in one directory (STACKBENCH_SLURM_DIR, default /tmp/stackbench-slurm): the config,
# its own munge key and socket, state, spool and logs. The machine's /etc/slurm and /etc/munge are
# never read or written, and the daemons listen on ports of their own (STACKBENCH_SLURM_PORT and the
# next one, default 16817/16818), so it can run beside a real cluster's daemons. Clients reach it
# with SLURM_CONF=$STACKBENCH_SLURM_DIR/slurm.conf (`env` prints that).
#
# It runs the daemons as root (SlurmUser=root) without systemd, since CI containers have none:
# a throwaway test cluster, not a template for a real one. No cgroup plugin: proctrack/linuxproc and
# task/none, because StackBench makes its own cgroups and sandboxes inside the job.
set -euo pipefail

dir="${STACKBENCH_SLURM_DIR:-/tmp/stackbench-slurm}"
port="${STACKBENCH_SLURM_PORT:-16817}"
conf="$dir/slurm.conf"
socket="$dir/munge/munge.socket"
export SLURM_CONF="$conf"
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

say() { echo "single-node-test: $*" >&2; }
die() { say "$*"; exit 1; }
usage() { echo "usage: scripts/slurm/single-node-test.sh start|stop|status|env" >&2; }

# pid in FILE names a live process.
alive() { [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# The node is up and idle (or already running jobs) as its own controller sees it.
answers() {
  [[ -f "$conf" ]] || return 1
  local state
  state="$(timeout 10 sinfo -h -N -o %t 2>/dev/null)" || return 1
  [[ "$state" =~ ^(idle|mix|alloc) ]]
}

install_packages() {
  local missing=()
  local entry
  for entry in munged:munge slurmctld:slurmctld slurmd:slurmd sbatch:slurm-client; do
    command -v "${entry%%:*}" >/dev/null || missing+=("${entry#*:}")
  done
  ((${#missing[@]} == 0)) && return 0
  [[ -r /etc/debian_version ]] && command -v apt-get >/dev/null ||
    die "missing ${missing[*]}, and this is not a Debian machine with apt: install Slurm and MUNGE"
  local as_root=()
  if [[ "$(id -u)" -ne 0 ]]; then
    sudo -n true 2>/dev/null || die "missing ${missing[*]}; installing them needs root: apt-get install ${missing[*]}"
    as_root=(sudo -n)
  fi
  say "installing ${missing[*]} (apt-get, once per machine)"
  local log="$dir/apt.log"
  apt_get() {
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get -q -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0 "$@" >>"$log" 2>&1
  }
  # The package lists are usually fresh (install-machine-tools.sh ran apt-get update on CI):
  # update only when the install cannot find a package.
  if ! apt_get install -y --no-install-recommends "${missing[@]}"; then
    apt_get update && apt_get install -y --no-install-recommends "${missing[@]}" || {
      tail -n 30 "$log" >&2
      die "apt-get install ${missing[*]} failed (log above)"
    }
  fi
}

write_config() {
  # slurmd -C prints this machine's node line (CPUs, sockets, cores, RealMemory) as slurmd will see it.
  local node node_name
  node="$(slurmd -C | head -n 1)"
  [[ "$node" == NodeName=* ]] || die "slurmd -C printed no node line: $node"
  node_name="${node%% *}"
  node_name="${node_name#NodeName=}"
  cat >"$conf" <<EOF
# Written by scripts/slurm/single-node-test.sh: a private single-node test cluster.
ClusterName=stackbench
SlurmctldHost=$node_name(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=stackbench Nodes=$node_name Default=YES MaxTime=INFINITE State=UP
EOF
}

logs() {
  local f
  for f in "$dir"/log/*.log "$dir"/munge/munged.log; do
    [[ -f "$f" ]] && { echo "--- $f (last lines)"; tail -n 15 "$f"; }
  done >&2
}

start() {
  if answers; then
    say "up already ($conf)"
    return 0
  fi
  mkdir -p "$dir"
  install_packages
  # munged insists that everyone may traverse its socket's directory.
  chmod 0755 "$dir"
  mkdir -p -m 0755 "$dir/munge" "$dir/state" "$dir/spool" "$dir/log"
  if ! alive "$dir/munge/munged.pid"; then
    [[ -f "$dir/munge/munge.key" ]] || mungekey --create --keyfile="$dir/munge/munge.key"
    chmod 0400 "$dir/munge/munge.key"
    munged --socket="$socket" --key-file="$dir/munge/munge.key" --pid-file="$dir/munge/munged.pid" \
      --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed" || { logs; die "munged did not start"; }
  fi
  write_config
  alive "$dir/slurmctld.pid" || slurmctld -f "$conf" || { logs; die "slurmctld did not start"; }
  alive "$dir/slurmd.pid" || slurmd -f "$conf" || { logs; die "slurmd did not start"; }
  local deadline=$((SECONDS + 60))
  until answers; do
    if ((SECONDS > deadline)); then
      sinfo -N -l >&2 || true
      logs
      die "the node did not become idle within 60 s"
    fi
    sleep 0.5
  done
  say "up: $(sinfo -h -N -o '%N %t %c CPUs %m MB') (SLURM_CONF=$conf)"
}

# Waits up to $2 seconds for the process in pid file $1 to end.
await_exit() {
  local deadline=$((SECONDS + $2))
  while alive "$1" && ((SECONDS < deadline)); do sleep 0.2; done
  ! alive "$1"
}

stop() {
  if [[ -f "$conf" ]] && alive "$dir/slurmctld.pid"; then
    # Jobs first: stopping slurmd alone would leave their steps running.
    scancel --partition=stackbench 2>/dev/null || true
    local deadline=$((SECONDS + 30))
    while [[ -n "$(squeue -h -o %A 2>/dev/null)" ]] && ((SECONDS < deadline)); do sleep 0.5; done
    scontrol shutdown 2>/dev/null || true
  fi
  local daemon
  for daemon in slurmd slurmctld; do
    if ! await_exit "$dir/$daemon.pid" 15; then
      kill -KILL "$(cat "$dir/$daemon.pid")" 2>/dev/null || true
    fi
  done
  if alive "$dir/munge/munged.pid"; then
    munged --stop --socket="$socket" >/dev/null 2>&1 || kill "$(cat "$dir/munge/munged.pid")" 2>/dev/null || true
    await_exit "$dir/munge/munged.pid" 10 || kill -KILL "$(cat "$dir/munge/munged.pid")" 2>/dev/null || true
  fi
  # Only what start made: STACKBENCH_SLURM_DIR may name a directory that holds other things.
  rm -rf "$conf" "$dir/munge" "$dir/state" "$dir/spool" "$dir/log" "$dir/apt.log"
  rmdir "$dir" 2>/dev/null || true
  say "stopped"
}

case "$#:${1:-}" in
  1:start) start ;;
  1:stop) stop ;;
  1:status) answers ;;
  1:env) printf 'export SLURM_CONF=%q\n' "$conf" ;;
  1:-h | 1:--help) usage ;;
  *) usage; exit 2 ;;
esac
