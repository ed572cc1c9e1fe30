#!/usr/bin/env bash
# Installs Nolan and its front-end assets into this checkout: a virtualenv in .venv with the
# pinned Python packages (constraints.txt locks their dependencies too), GOV.UK Frontend and
# axe-core from npm, and the compiled stylesheet.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
npm ci --no-audit --no-fund --loglevel=error
npm run --silent build
