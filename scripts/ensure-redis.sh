#!/usr/bin/env bash
# Sourced by the test script. Uses the Redis at REDIS_URL if set; otherwise starts a throwaway
# redis-server on a free port (installing it first where the machine allows) and exports REDIS_URL.
# The throwaway Redis is the tests' own (tests/support/processes.py), started the same way here.
redis_ping() { .venv/bin/python -m tests.support.processes ping "$1" >/dev/null 2>&1; }
if [ -n "${REDIS_URL:-}" ]; then
  if ! redis_ping "$REDIS_URL"; then
    echo "REDIS_URL=$REDIS_URL is set but Redis does not answer there." >&2
    return 1
  fi
  echo "Using Redis at $REDIS_URL"
else
  if ! command -v redis-server >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "redis-server is not installed: installing it with apt-get."
      (apt-get install -y -q redis-server >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q redis-server >/dev/null 2>&1; })
    fi
  fi
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "The tests need Redis: set REDIS_URL, or install redis-server." >&2
    return 1
  fi
  read -r REDIS_URL REDIS_TEST_PID REDIS_TEST_DIR < <(.venv/bin/python -m tests.support.processes start-redis)
  if [ -z "${REDIS_URL:-}" ]; then
    echo "Could not start a throwaway redis-server." >&2
    return 1
  fi
  export REDIS_URL
  echo "Started a throwaway Redis at $REDIS_URL"
  stop_test_redis() { kill "$REDIS_TEST_PID" 2>/dev/null; rm -rf "$REDIS_TEST_DIR"; }
  trap stop_test_redis EXIT
fi
