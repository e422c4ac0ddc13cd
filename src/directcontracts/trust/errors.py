from enum import StrEnum


class TrustErrorCode(StrEnum):
    CASE_NOT_FOUND = "case_not_found"
    REASON_REQUIRED = "action_reason_required"
    REASON_TOO_LONG = "action_reason_too_long"
    CASE_CLOSED = "case_closed"
    CASE_OPEN = "case_open"
    AUDIT_APPEND_ONLY = "audit_append_only"
    FLAG_TARGET_NOT_FOUND = "flag_target_not_found"
    FLAG_ALREADY_OPEN = "flag_already_open"
    FLAG_SELF = "flag_self"
    FLAG_DETAILS_INVALID = "flag_details_invalid"
    NO_CONTRACT = "case_has_no_contract"
    NO_SUBJECT = "case_has_no_subject"
    NOTHING_FROZEN = "nothing_frozen"
    APPEAL_NOT_ALLOWED = "appeal_not_allowed"
    APPEAL_DECIDED = "appeal_decided"
    APPEAL_SAME_STAFF = "appeal_needs_other_staff"
    ACCOUNT_CLOSED = "account_already_closed"
    BANNED = "account_banned"
    NOTHING_TO_REINSTATE = "nothing_to_reinstate"
    NOTHING_IN_ESCROW = "nothing_in_escrow"
