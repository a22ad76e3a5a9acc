#!/usr/bin/env bash
# `make run`: the web app plus a Celery worker (and beat, for the sweeper) against Redis.
# Without Redis, the app still serves and parses reports in the web process.
set -euo pipefail
cd "$(dirname "$0")/.."
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/0}
export REDIS_URL
pids=()
stopping=0
# Ctrl-C (or a TERM) is how the app is meant to stop: stop the worker and the server, quietly, 0.
stop() {
  stopping=1
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo
  echo "Stopped."
  exit 0
}
trap stop INT TERM
trap 'for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done' EXIT
BEAT_SCHEDULE=$(.venv/bin/python -c 'import django, os; os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dashboard.settings"); from django.conf import settings; print(settings.CELERY_BEAT_SCHEDULE_FILENAME)')
mkdir -p "$(dirname "$BEAT_SCHEDULE")"
if .venv/bin/python - "$REDIS_URL" <<'PY' >/dev/null 2>&1
import sys, redis
redis.Redis.from_url(sys.argv[1], socket_connect_timeout=2).ping()
PY
then
  echo "Redis at $REDIS_URL answers: starting a Celery worker with the sweeper (beat)."
  .venv/bin/celery -A dashboard worker -B -s "$BEAT_SCHEDULE" --loglevel=INFO --concurrency=2 &
  pids+=($!)
else
  echo "Redis at $REDIS_URL cannot be reached: reports will be parsed inside the web process (single user)."
  echo "Start Redis (redis-server) and run 'make run' again for background workers."
  export CELERY_TASK_ALWAYS_EAGER=1
fi
echo
echo "  The claims tracker is at  http://$HOST:$PORT/"
echo "  (demo accounts: printed above when first created; 'manage.py load_demo --reset-passwords' sets new ones)"
echo
.venv/bin/python manage.py runserver "$HOST:$PORT" --noreload &
pids+=($!)
# Either process ending on its own is a failure worth its status; a Ctrl-C goes through stop().
status=0
wait -n "${pids[@]}" || status=$?
[ "$stopping" = 1 ] && exit 0
exit "$status"
