#!/usr/bin/env bash
# Open the app on a copy of a bundled example review, installing it into .venv on first use.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x .venv/bin/facilitator ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
fi
exec .venv/bin/facilitator demo "$@"
