#!/usr/bin/env bash
# Starts the API in the foreground on 0.0.0.0:8080 (PORT overrides it for local runs) with the
# python that is first on PATH; the dependencies are installed beforehand.
set -euo pipefail
cd "$(dirname "$0")"
exec python -m uvicorn conduit.main:app --host 0.0.0.0 --port "${PORT:-8080}" --no-server-header
