from enum import StrEnum


class TrustErrorCode(StrEnum):
    CASE_NOT_FOUND = "case_not_found"
    REASON_REQUIRED = "action_reason_required"
    CASE_CLOSED = "case_closed"
    CASE_OPEN = "case_open"
    AUDIT_APPEND_ONLY = "audit_append_only"
