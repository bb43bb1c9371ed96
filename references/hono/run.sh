#!/usr/bin/env bash
# Starts the API in the foreground on 0.0.0.0:${PORT:-8080} with the node that is first on PATH.
# Dependencies are installed beforehand (npm ci); this script installs nothing.
set -euo pipefail
cd "$(dirname "$0")"
export PORT="${PORT:-8080}"
exec node src/server.js
