from enum import StrEnum


class SupportErrorCode(StrEnum):
    NOT_FOUND = "ticket_not_found"
    INVALID_TRANSITION = "invalid_transition"
    TOPIC_INVALID = "topic_invalid"
    TEXT_INVALID = "text_invalid"
    EMAIL_REQUIRED = "email_required"
    EMAIL_INVALID = "email_invalid"
    LINK_INVALID = "link_invalid"
    LINK_EXPIRED = "link_expired"
    NOT_CONFIRMED = "email_not_confirmed"
    REOPEN_WINDOW_PASSED = "reopen_window_passed"
    TICKET_CLOSED = "ticket_closed"
    NOT_SUPPORT_STAFF = "not_support_staff"
    PRIORITY_INVALID = "priority_invalid"
    TOO_MANY_FILES = "too_many_files"
    FILE_TOO_LARGE = "file_too_large"
    FILE_TYPE_NOT_ALLOWED = "file_type_not_allowed"
    FILE_EMPTY = "file_empty"
    ATTACHMENT_BUDGET_SPENT = "attachment_budget_spent"
    INBOUND_REJECTED = "inbound_rejected"
    ALREADY_ESCALATED = "already_escalated"
    TRUST_UNAVAILABLE = "trust_cases_unavailable"
    REASON_REQUIRED = "reason_required"
    RATING_INVALID = "rating_invalid"
    NOT_YET_RATEABLE = "not_yet_rateable"
    # Bulk actions on the queue (`bulk.py`, `forms.BulkForm`): nothing ticked, or more than
    # `bulk.MAX_TICKETS` at once.
    NO_TICKETS = "no_tickets"
    TOO_MANY_TICKETS = "too_many"
