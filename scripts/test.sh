#!/usr/bin/env bash
# Runs every check Nolan has: lint, strict types on the pure core, migrations in step with
# models, every council's code data consistent (nolan check_codes), and the whole pytest
# suite, including accessibility tests in headless Chromium.
# Set DATABASE_URL to run the suite against PostgreSQL instead of SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if ! command -v chromium >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/nolan makemigrations --check --dry-run
.venv/bin/nolan check_codes
.venv/bin/pytest "$@"
