#!/usr/bin/env bash
# Creates .venv with a Python >= 3.12 and installs the project with its pinned dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x .venv/bin/python ] && ! .venv/bin/python -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
  echo "Existing .venv has Python < 3.12: recreating it."
  rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
  py=$(scripts/find-python.sh)
  echo "Creating .venv with $py ($("$py" --version))"
  "$py" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
