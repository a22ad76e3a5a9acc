#!/usr/bin/env bash
# `make serve`: the app as deployed - production settings, gunicorn, a Celery worker and beat.
#
# Every role runs from the same checkout and environment; SERVE_ROLES picks which run on this
# host (one host: all three; N web + M worker hosts: see README, "Running it for a team"):
#   SERVE_ROLES="web worker beat"   default
#   BIND=127.0.0.1:8000  WEB_CONCURRENCY=2             gunicorn
#   WORKER_QUEUES=celery,parsing,grouping,imports,feeds  WORKER_CONCURRENCY=2  WORKER_NAME
#   EXPORT_CONCURRENCY=1                                exports at once (their own worker; 0: none here)
#   WORKER_NICE=10                                      the workers' CPU priority below the web's
#   STATE_DIR=var                                       beat's schedule, export files
# Migrations and static files are done by the web role (both are harmless to repeat).
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_ENV=production
: "${SECRET_KEY:?set SECRET_KEY (a long random string) in the environment}"
: "${ALLOWED_HOSTS:?set ALLOWED_HOSTS (comma-separated host names) in the environment}"
ROLES=${SERVE_ROLES:-web worker beat}
BIND=${BIND:-127.0.0.1:8000}
STATE_DIR=${STATE_DIR:-var}
mkdir -p "$STATE_DIR"
PY=.venv/bin/python

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

if [[ " $ROLES " == *" web "* ]]; then
  $PY manage.py migrate --noinput
  # Hashed, compressed copies and the manifest WhiteNoise serves them by (also built by make setup).
  $PY manage.py collectstatic --noinput -v0
  # X-Forwarded-* from the TLS proxy only (TRUSTED_PROXY; see dashboard/middleware.py).
  $PY -m gunicorn dashboard.wsgi --bind "$BIND" --workers "${WEB_CONCURRENCY:-2}" \
    --timeout "${WEB_TIMEOUT:-60}" --forwarded-allow-ips "${TRUSTED_PROXY:-127.0.0.1}" \
    --access-logfile - --error-logfile - &
  pids+=($!)
  echo "serve: web (gunicorn) on http://$BIND/ - put a TLS proxy in front of it."
fi
if [[ " $ROLES " == *" worker "* ]]; then
  # Beside the web on one host, parsing and exports give way to page requests (a page waits on
  # one core while two workers parse; a parse only finishes a little later).
  nice -n "${WORKER_NICE:-10}" $PY -m celery -A dashboard worker --loglevel="${LOG_LEVEL:-INFO}" \
    -Q "${WORKER_QUEUES:-celery,parsing,grouping,imports,feeds}" \
    -n "${WORKER_NAME:-worker}@%h" --concurrency "${WORKER_CONCURRENCY:-2}" &
  pids+=($!)
  # Exports in a worker of their own, one at a time by default: a large export keeps a core busy
  # for half a minute, and two at once on a two-core host slowed the dashboard by two thirds
  # (one at a time: unchanged; bench/export_jobs.py). The others wait in the queue.
  if [ "${EXPORT_CONCURRENCY:-1}" -gt 0 ]; then
    nice -n "${WORKER_NICE:-10}" $PY -m celery -A dashboard worker --loglevel="${LOG_LEVEL:-INFO}" \
      -Q exports -n "exports-${WORKER_NAME:-worker}@%h" --concurrency "${EXPORT_CONCURRENCY:-1}" &
    pids+=($!)
  fi
fi
if [[ " $ROLES " == *" beat "* ]]; then
  # Exactly one beat per site: it schedules the sweeper, the re-queuer and the feeds.
  $PY -m celery -A dashboard beat --loglevel="${LOG_LEVEL:-INFO}" \
    --schedule "$STATE_DIR/celerybeat-schedule" &
  pids+=($!)
fi
[ ${#pids[@]} -gt 0 ] || { echo "SERVE_ROLES names none of web, worker, beat" >&2; exit 2; }
# One role ending ends them all: a supervisor (systemd, a container runtime) restarts the lot.
wait -n "${pids[@]}"
