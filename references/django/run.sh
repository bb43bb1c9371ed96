#!/usr/bin/env bash
# Starts the Django WSGI app under gunicorn, in the foreground, with the python first on PATH.
# Dependencies are installed beforehand; this script installs nothing.
set -euo pipefail
cd "$(dirname "$0")"
export DJANGO_SETTINGS_MODULE=conduit.settings
# One process (the schema is created once, at start) with threads for concurrent requests.
exec python -m gunicorn --bind "0.0.0.0:${PORT:-8080}" --workers 1 --threads 8 \
  --worker-class gthread --access-logfile - conduit.wsgi:application
