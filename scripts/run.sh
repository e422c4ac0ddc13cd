#!/usr/bin/env bash
# `make run`: the background worker and the web server together; Ctrl-C stops both.
set -euo pipefail
BIN=.venv/bin
# The review clock's periodic sweep (auto-release, reminders) and the daily reconciliation.
$BIN/directcontracts run_review_timers --schedule
# Dispute deadlines (default outcomes) and dormant escrow: their own periodic sweep.
$BIN/directcontracts run_dispute_timers --schedule
if [ "${TASKS_BACKEND:-db}" = "rq" ]; then
  $BIN/directcontracts rqworker default --with-scheduler &
else
  $BIN/directcontracts db_worker --interval 1 &
fi
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
echo "Direct Contracts: http://127.0.0.1:8000  (background worker pid $WORKER)"
$BIN/directcontracts runserver 127.0.0.1:8000 --noreload
