#!/usr/bin/env bash
# Sets Nolan up, loads the demo councils into SQLite and serves it at http://127.0.0.1:8000,
# or at another port given as the first argument or as PORT (`./scripts/run.sh 8765`,
# `PORT=8765 ./scripts/run.sh`); the demo's e-mail links use the same address.
# It serves with DEBUG off, as a council would, so that a mistyped address shows Nolan's own
# "Page not found" rather than Django's debugging page (which lists settings and every URL):
# a key made for this run, this machine's names only, plain HTTP (allowed for 127.0.0.1
# alone), and the static files collected for WhiteNoise to serve. For Django's debugging
# pages while developing, run `.venv/bin/nolan runserver` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-${PORT:-8000}}
if ! [[ $port =~ ^[0-9]+$ ]] || ((10#$port < 1 || 10#$port > 65535)); then
    echo "run.sh: the port must be a number from 1 to 65535, not '$port'" >&2
    exit 2
fi
port=$((10#$port))
scripts/setup.sh
export DEBUG=false ALLOWED_HOSTS=127.0.0.1,localhost SITE_URL=http://127.0.0.1:$port
SECRET_KEY=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')
export SECRET_KEY
.venv/bin/nolan collectstatic --noinput --verbosity 0
.venv/bin/nolan demo  # last before the server, so that its sign-in details stay in view
exec .venv/bin/nolan runserver "127.0.0.1:$port"
