#!/usr/bin/env bash
# Starts the API in the foreground on 0.0.0.0:8080 with the python that is first on PATH.
set -euo pipefail
cd "$(dirname "$0")"
exec python -m gunicorn --bind 0.0.0.0:8080 --workers 1 --threads 8 \
  --access-logfile - "conduit.app:create_app()"
