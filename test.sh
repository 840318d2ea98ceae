#!/usr/bin/env bash
# Run the whole test suite, installing what it needs into .venv on first use.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if ! .venv/bin/python -c "import facilitator, pytest, textual, hypothesis, pytest_textual_snapshot, markdownify, cmarkgfm, starlette, playwright" 2>/dev/null; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
fi
exec .venv/bin/python -m pytest -n 2 -p no:cacheprovider "$@"
