#!/usr/bin/env bash
# Issue 11: for each finding, take its fix out of the source (a patch in
# docs/security-proof/), run the finding's tests and expect them to FAIL, put the source
# back (git checkout -- src) and expect them to PASS. See docs/security-proof.md.
#
#   scripts/prove_security_fixes.sh            # every row (about 19 minutes)
#   scripts/prove_security_fixes.sh high2 m3   # only the rows named
#
# Needs a clean src/ (it refuses otherwise) and, for the PostgreSQL rows, a server:
# PG_URL (default postgres://postgres@127.0.0.1:5432/proof11; the suite makes test_<name>).
set -uo pipefail
cd "$(dirname "$0")/.."

PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/proof11}"
SQ_URL="sqlite:///:memory:"
P=docs/security-proof

# name | patch | database (SQ or PG) | pytest arguments
ROWS=(
  "high1|high1-payout-lock|PG|tests/contracts/test_money_races.py -k payout"
  "high2|high2-partial-release|SQ|tests/contracts/test_partial_release.py tests/contracts/test_escrow_properties.py"
  "high3|high3-screening-linear|SQ|tests/screening/test_linear_time.py"
  "high4|high4-amounts|SQ|tests/contracts/test_amounts.py -k exponent_or_longer_than_or_huge"
  "high5|high5-admin-sign-in|SQ|tests/accounts/test_staff_two_factor.py"
  "high6a|high6a-image-formats|SQ|tests/contracts/test_previews.py::test_postscript_never_reaches_ghostscript"
  "high6b|high6b-preview-in-worker|SQ|tests/contracts/test_previews.py -k decodes_nothing_in_the_request_or_after_the_submission_commits"
  "high6c|high6c-sandbox-cpu-limit|SQ|tests/core/test_sandbox.py::test_a_child_that_spins_is_stopped_at_its_cpu_limit"
  "m1|medium-invitation-password|SQ|tests/contracts/test_invitations.py"
  "m2a|medium-webhook-rebinding|SQ|tests/notifications/test_webhook_safety.py::test_the_connection_goes_to_the_address_that_was_checked"
  "m2b|medium-webhook-excerpt|SQ|tests/notifications/test_webhook_safety.py -k private_address_answers_or_kept_short"
  "m3|medium-funding-again|SQ|tests/contracts/test_escrow.py -k funding_again_or_two_failed_settlements"
  "m3pg|medium-funding-again|PG|tests/contracts/test_money_races.py::test_parallel_fundings_after_a_failed_settlement_charge_and_fund_once"
  "m4|medium-preview-caps|SQ|tests/contracts/test_previews.py -k between_the_pixel_cap_or_more_pages_than_the_cap"
  "m5|medium-screening-admin-permissions|SQ|tests/screening/test_admin_permissions.py"
  "m6a|medium-ratelimit-atomic|PG|tests/accounts/test_sign_in_races.py"
  "m6b|medium-trusted-proxies|SQ|tests/core/test_trusted_proxies.py"
  "m7|medium-webhook-deadline|SQ|tests/notifications/test_webhook_safety.py::test_a_receiver_trickling_a_byte_at_a_time_is_cut_at_the_total_deadline"
  "m8|medium-safe-defaults|SQ|tests/core/test_deploy_check.py"
  "l1|low-api-tokens|SQ|tests/accounts/test_api_tokens.py"
  "l2|low-sign-up-enumeration|SQ|tests/accounts/test_sign_up.py tests/api/test_accounts_api.py -k taken_or_same_whether_or_few_times"
  "l3|low-body-caps|SQ|tests/core/test_upload_limit.py"
  "l4|low-bonus-all-or-nothing|SQ|tests/contracts/test_partial_release.py -k bonus_or_far_more"
  "l5|low-invitation-emails|SQ|tests/contracts/test_invitation_limits.py"
  "l6|low-invitation-code-lock|SQ|tests/contracts/test_invitation_limits.py"
  "l7|low-pagination-limit|SQ|tests/api/test_pagination.py -k above_the_maximum_or_documents_its_maximum"
  "l8|low-totp-setup-get|SQ|tests/accounts/test_totp.py -k set_up_page"
  "l8b|low-verify-by-post|SQ|tests/accounts/test_email_verification.py"
  "l9|low-recovery-codes|SQ|tests/accounts/test_totp.py -k recovery"
  "b1|bad-input-client-email|SQ|tests/contracts/test_contract_input.py -k email"
  "b2|bad-input-control-characters|SQ|tests/api/test_control_characters.py tests/core/test_validation.py tests/core/test_admin_site.py"
  "b3|bad-input-quote-bounds|SQ|tests/contracts/test_amounts.py -k quote"
  "b4|bad-input-charges-shown|SQ|tests/contracts/test_charges_shown.py"
  "b5|bad-input-file-content|SQ|tests/contracts/test_file_types.py"
  "b7|bad-input-refusal-messages|SQ|tests/contracts/test_contract_input.py"
)

if [ -n "$(git status --porcelain -- src)" ]; then
  echo "src/ has changes; commit or stash them first (this script resets src/)." >&2
  exit 2
fi
trap 'git checkout -- src' EXIT

pytest_run() {  # database, arguments; "-k a_or_b" is "-k 'a or b'"
  local url="$SQ_URL" args=()
  [ "$1" = PG ] && url="$PG_URL"
  shift
  for word in $1; do args+=("${word//_or_/ or }"); done
  DATABASE_URL="$url" .venv/bin/pytest "${args[@]}" -q -p no:randomly >/tmp/prove_security_fixes.log 2>&1
  local rc=$?
  tail -n 1 /tmp/prove_security_fixes.log
  return $rc
}

bad=0
for row in "${ROWS[@]}"; do
  IFS='|' read -r name patch db tests <<<"$row"
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  if ! git apply "$P/$patch.revert.patch"; then
    echo "$name: the patch no longer applies; the source changed since (update the patch)"
    bad=1
    continue
  fi
  without=$(pytest_run "$db" "$tests") && { echo "$name: PASSED WITHOUT THE FIX ($without)"; bad=1; }
  git checkout -- src
  with=$(pytest_run "$db" "$tests") || { echo "$name: FAILED WITH THE FIX ($with)"; bad=1; continue; }
  echo "$name: without the fix: $without | with it: $with"
done
exit $bad
