#!/usr/bin/env bash
# Rebuild requirements.lock: install the dev extra (tests, browser tests, code checks) into a
# throwaway environment and pin exactly what it resolved to.
set -euo pipefail
cd "$(dirname "$0")/.."
env_dir=$(mktemp -d)
trap 'rm -rf "$env_dir"' EXIT
python3 -m venv "$env_dir"
"$env_dir/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[dev]'
{
  echo "# The tested set of every package the suite, the browser tests and the code checks use (the dev extra)."
  echo "# Regenerate after changing pyproject.toml's dependencies: tools/lock.sh"
  "$env_dir/bin/python" -m pip freeze --exclude-editable --disable-pip-version-check | grep -v '^facilitator'
} > requirements.lock
