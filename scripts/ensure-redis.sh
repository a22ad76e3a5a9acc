#!/usr/bin/env bash
# Sourced by the test script. Uses the Redis at REDIS_URL if set; otherwise starts a throwaway
# redis-server on a free port (installing it first where the machine allows) and exports REDIS_URL.
redis_ping() { .venv/bin/python - "$1" <<'PY' >/dev/null 2>&1
import sys, redis
redis.Redis.from_url(sys.argv[1], socket_connect_timeout=2).ping()
PY
}
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
  REDIS_TEST_DIR=$(mktemp -d)
  REDIS_TEST_PORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  redis-server --port "$REDIS_TEST_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --dir "$REDIS_TEST_DIR" --pidfile "$REDIS_TEST_DIR/redis.pid" --logfile "$REDIS_TEST_DIR/redis.log"
  export REDIS_URL="redis://127.0.0.1:$REDIS_TEST_PORT/0"
  for _ in $(seq 50); do redis_ping "$REDIS_URL" && break; sleep 0.1; done
  echo "Started a throwaway Redis at $REDIS_URL"
  stop_test_redis() { [ -f "$REDIS_TEST_DIR/redis.pid" ] && kill "$(cat "$REDIS_TEST_DIR/redis.pid")" 2>/dev/null; rm -rf "$REDIS_TEST_DIR"; }
  trap stop_test_redis EXIT
fi
