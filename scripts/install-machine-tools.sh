#!/usr/bin/env bash
# Installs the Debian packages of the machine tools StackBench needs, when one is missing:
#   the sandbox for untrusted code: bubblewrap (bwrap), passt (pasta), util-linux (nsenter,
#   setpriv, prlimit, mount) and curl (the last two come with the machine);
#   with --test, also chromium (/usr/bin/chromium), the headless browser of the HTML report's
#   end-to-end test, and psql (postgresql-client), which the sandbox tests' agents use.
# Each binary is checked first: when all are there it does nothing, without apt. Otherwise it runs
# `apt-get update` and installs only the missing packages, as root or through `sudo -n`. Without
# either, or on a machine without Debian's apt, it says what to install and exits 1.
# `./stackbench` calls it when the sandbox tools are missing; the Maven build (phase initialize,
# skipped with -Dstackbench.skipMachineTools=true) and .ci/run call it with --test.
# Everything it prints goes to stderr.
set -euo pipefail
exec 1>&2

usage() { echo "usage: scripts/install-machine-tools.sh [--test]"; }
test_tools=false
case "$#:${1:-}" in
  0:) ;;
  1:--test) test_tools=true ;;
  1:-h | 1:--help) usage; exit 0 ;;
  *) usage; exit 2 ;;
esac

# Some tools live in /usr/sbin, which a user's PATH may not have.
on_path() { PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin" command -v "$1" >/dev/null 2>&1; }

# Each program and the Debian package it comes from.
programs=(bwrap:bubblewrap pasta:passt nsenter:util-linux setpriv:util-linux
  prlimit:util-linux mount:mount curl:curl)
# The programs that are missing, as "program (package P)", and their packages, each once.
check() {
  missing=()
  packages=()
  local entry program package
  for entry in "${programs[@]}"; do
    program="${entry%%:*}" package="${entry#*:}"
    on_path "$program" && continue
    missing+=("$program (package $package)")
    [[ " ${packages[*]-} " == *" $package "* ]] || packages+=("$package")
  done
  if $test_tools && [[ ! -x /usr/bin/chromium ]]; then
    missing+=("/usr/bin/chromium (package chromium)")
    packages+=(chromium)
  fi
  if $test_tools && ! on_path psql; then
    missing+=("psql (package postgresql-client)")
    packages+=(postgresql-client)
  fi
}
check

if ((${#packages[@]} == 0)); then
  exit 0
fi

say() { echo "install-machine-tools: $*"; }
missing_list="$(printf '%s, ' "${missing[@]}" | sed 's/, $//')"
command_line="apt-get update && apt-get install -y --no-install-recommends ${packages[*]}"
skip_hint="${STACKBENCH_SKIP_HINT:+ (or skip this step with $STACKBENCH_SKIP_HINT)}"

if [[ ! -r /etc/debian_version ]] || ! command -v apt-get >/dev/null 2>&1; then
  say "missing: $missing_list"
  say "this is not a Debian machine with apt: install the packages that provide them$skip_hint"
  exit 1
fi

if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  say "missing: $missing_list"
  say "installing them needs root; run as root: $command_line$skip_hint"
  exit 1
fi

# apt's output goes to a log, shown only when something fails.
log="$(mktemp "${TMPDIR:-/tmp}/install-machine-tools.XXXXXX")"
trap 'rm -f "$log"' EXIT
apt() {
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get -q -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0 "$@" >>"$log" 2>&1 || {
    tail -n 30 "$log"
    say "failed: apt-get $*"
    exit 1
  }
}

say "installing ${packages[*]} (apt-get, once per machine)"
apt update
# chromium renders headless without its recommends (fonts come with its dependencies), which
# would add about a hundred packages: systemd, avahi, cups helpers, perl.
apt install -y --no-install-recommends "${packages[@]}"

check
if ((${#packages[@]} > 0)); then
  say "still missing after the install: $(printf '%s, ' "${missing[@]}" | sed 's/, $//')"
  exit 1
fi
