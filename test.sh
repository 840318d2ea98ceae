#!/usr/bin/env bash
# Run the whole test suite, installing the locked test environment into .venv on first use.
set -euo pipefail
cd "$(dirname "$0")"
tools/dev-env.sh
# Compiled modules are cached outside the tree, so the two workers and the Python processes the
# tests start do not compile the app and its libraries again on every run (a few seconds each).
export PYTHONDONTWRITEBYTECODE=""
export PYTHONPYCACHEPREFIX="${PYTHONPYCACHEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/facilitator/pycache}"
# Work stealing: a worker that runs out takes tests queued for the other, so the run ends together.
exec .venv/bin/python -m pytest -n 2 --dist worksteal -p no:cacheprovider "$@"
