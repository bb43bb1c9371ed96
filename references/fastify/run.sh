#!/usr/bin/env bash
# Starts the API in the foreground on 0.0.0.0:8080 (PORT overrides it for local testing).
# Dependencies are installed beforehand; this script installs nothing.
set -euo pipefail
cd "$(dirname "$0")"
exec node src/server.js
