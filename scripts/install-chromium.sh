#!/usr/bin/env bash
# Installs Debian's chromium, the headless browser the HTML report's end-to-end test runs in.
# Skipped when it is already there, so CI pays for it once per machine.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
