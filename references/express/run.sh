#!/usr/bin/env bash
# Starts the API in the foreground on 0.0.0.0:8080 (PORT may override it) with the node on PATH.
# Dependencies are installed beforehand (npm ci); this script installs nothing.
set -euo pipefail
cd "$(dirname "$0")"
export PORT="${PORT:-8080}"
exec node src/server.js
