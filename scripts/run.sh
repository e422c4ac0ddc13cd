#!/usr/bin/env bash
# `make run`: the background worker and the web server together; Ctrl-C stops both.
set -euo pipefail
BIN=.venv/bin
# Development mode, asked for explicitly: started any other way, the defaults are
# production's (DEBUG off, no webhooks to private addresses). A secret key is made once and
# kept in var/secret_key when SECRET_KEY is not set.
export DEBUG="${DEBUG:-true}"
export WEBHOOK_ALLOW_PRIVATE_NETWORKS="${WEBHOOK_ALLOW_PRIVATE_NETWORKS:-true}"
PORT="${PORT:-8000}"
export BASE_URL="${BASE_URL:-http://127.0.0.1:$PORT}"
# The periodic tasks, each re-queued by the worker after every run. Starting one that is
# already waiting in the queue queues nothing (core/periodic.py), so restarts never add a
# second chain. The review clock's sweep (auto-release, reminders):
$BIN/directcontracts run_review_timers --schedule
# Dispute deadlines (default outcomes) and dormant escrow: their own periodic sweep.
$BIN/directcontracts run_dispute_timers --schedule
# The daily email digests (EMAIL_DIGEST_HOUR_UTC).
$BIN/directcontracts send_email_digests --schedule
# The daily reconciliation of the ledger with the payment gateway (01:00 UTC).
$BIN/directcontracts reconcile --schedule
# Gateway requests a crash left unanswered, sent again with their idempotency key (5 min).
$BIN/directcontracts resend_gateway_requests --schedule
if [ "${TASKS_BACKEND:-db}" = "rq" ]; then
  $BIN/directcontracts rqworker default --with-scheduler &
else
  $BIN/directcontracts db_worker --interval 1 &
fi
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
echo "Direct Contracts: http://127.0.0.1:$PORT  (background worker pid $WORKER)"
$BIN/directcontracts runserver "127.0.0.1:$PORT" --noreload
