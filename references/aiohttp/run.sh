#!/usr/bin/env bash
# Starts the API in the foreground on 0.0.0.0:8080 (PORT overrides it for local runs) with the
# python that is first on PATH. Nothing is installed here.
set -euo pipefail
cd "$(dirname "$0")"
exec python -m conduit --host 0.0.0.0 --port "${PORT:-8080}"
