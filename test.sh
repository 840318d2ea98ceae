#!/usr/bin/env bash
# Run the whole test suite, installing the locked test environment into .venv on first use.
set -euo pipefail
cd "$(dirname "$0")"
tools/dev-env.sh
exec .venv/bin/python -m pytest -n 2 -p no:cacheprovider "$@"
