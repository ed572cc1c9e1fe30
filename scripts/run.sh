#!/usr/bin/env bash
# Sets Nolan up, loads the demo councils into SQLite and serves it at http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/nolan demo
exec .venv/bin/nolan runserver 127.0.0.1:8000
