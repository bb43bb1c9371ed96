#!/usr/bin/env bash
# Starts the API in the foreground on 0.0.0.0:8080 (PORT overrides it for local development)
# with the node that is first on PATH; dependencies are installed beforehand.
set -euo pipefail
cd "$(dirname "$0")"
exec node src/server.js
