#!/usr/bin/env bash
# `make serve`: production mode on one machine. Checks the settings, collects static files,
# migrates, then runs gunicorn with the task worker beside it; Ctrl-C stops both.
set -euo pipefail
BIN=.venv/bin
export DEBUG=false
$BIN/directcontracts check_production
$BIN/directcontracts collectstatic --no-input --verbosity 0
$BIN/directcontracts migrate --no-input
# The periodic tasks (review clock, dispute deadlines, daily digests at EMAIL_DIGEST_HOUR_UTC,
# daily reconciliation, the gateway requests' recovery sweep), each re-queued by the worker; one already waiting is not queued
# again (core/periodic.py), so a restart adds no second chain.
$BIN/directcontracts run_review_timers --schedule
$BIN/directcontracts run_dispute_timers --schedule
$BIN/directcontracts send_email_digests --schedule
$BIN/directcontracts reconcile --schedule
$BIN/directcontracts resend_gateway_requests --schedule
if [ "${TASKS_BACKEND:-db}" = "rq" ]; then
  $BIN/directcontracts rqworker default --with-scheduler &
else
  $BIN/directcontracts db_worker --interval 1 &
fi
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
# Gunicorn's advice: two workers a core, plus one.
WORKERS="${WEB_CONCURRENCY:-$(( 2 * $(nproc) + 1 ))}"
BIND="${BIND:-127.0.0.1:${PORT:-8000}}"
echo "Direct Contracts (production): http://$BIND  ($WORKERS web workers, task worker pid $WORKER)"
$BIN/gunicorn directcontracts.wsgi:application --bind "$BIND" --workers "$WORKERS" \
  --access-logfile - --graceful-timeout 20 --timeout 60 --max-requests "${MAX_REQUESTS:-20000}" --max-requests-jitter 2000
