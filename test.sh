#!/usr/bin/env bash
# Run the whole test suite, installing the locked test environment into .venv on first use.
set -euo pipefail
cd "$(dirname "$0")"
tools/dev-env.sh
# Compiled modules are cached outside the tree, so the two workers and the Python processes the
# tests start do not compile the app and its libraries again on every run (a few seconds each).
export PYTHONDONTWRITEBYTECODE=""
export PYTHONPYCACHEPREFIX="${PYTHONPYCACHEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/facilitator/pycache}"
# One process collects the suite first: it compiles the tests and every module they load into that
# cache, so on a fresh checkout the workers do not each compile the same modules again (about 35 s
# of a loaded run); when the cache is warm this costs about 3 s.
.venv/bin/python -m pytest --collect-only -q -p no:xdist -p no:cacheprovider "$@" >/dev/null 2>&1 || true
# Four workers on two cores: a Pilot test spends about half its time waiting for the app to go
# idle and a browser test waits on Chromium, so two workers left the cores half used (the suite
# took 202 s with two, 148 s with four). Work stealing: a worker that runs out takes tests queued
# for another, so the run ends together.
exec .venv/bin/python -m pytest -n 4 --dist worksteal -p no:cacheprovider "$@"
