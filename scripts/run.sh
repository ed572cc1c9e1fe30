#!/usr/bin/env bash
# Sets Nolan up, loads the demo councils into SQLite and serves it at http://127.0.0.1:8000.
# It serves with DEBUG off, as a council would, so that a mistyped address shows Nolan's own
# "Page not found" rather than Django's debugging page (which lists settings and every URL):
# a key made for this run, this machine's names only, plain HTTP (allowed for 127.0.0.1
# alone), and the static files collected for WhiteNoise to serve. For Django's debugging
# pages while developing, run `.venv/bin/nolan runserver` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export DEBUG=false ALLOWED_HOSTS=127.0.0.1,localhost SITE_URL=http://127.0.0.1:8000
SECRET_KEY=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')
export SECRET_KEY
.venv/bin/nolan demo
.venv/bin/nolan collectstatic --noinput --verbosity 0
exec .venv/bin/nolan runserver 127.0.0.1:8000
