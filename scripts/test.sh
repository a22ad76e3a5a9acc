#!/usr/bin/env bash
# `make test`: lint and type-check, then the whole suite with a real Redis and a real browser.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-redis.sh
if [ -z "${CHROMIUM_PATH:-}" ]; then
  CHROMIUM_PATH=$(command -v chromium || command -v chromium-browser || true)
  if [ -z "$CHROMIUM_PATH" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium is not installed: installing Debian's chromium for the browser tests."
    (apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; })
    CHROMIUM_PATH=$(command -v chromium || true)
  fi
  export CHROMIUM_PATH
fi
echo "Database: ${DATABASE_URL:-SQLite (default)}"
# LINT=0 leaves the linters out (.ci/run's second pass: they do not depend on the database).
if [ "${LINT:-1}" != 0 ]; then
  .venv/bin/ruff check .
  .venv/bin/ruff format --check .
  .venv/bin/mypy .
fi
# pytest exits 5 when it collects no tests; set -e makes that a failure like any other.
.venv/bin/python -m pytest "$@"
