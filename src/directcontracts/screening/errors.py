from enum import StrEnum


class ScreeningErrorCode(StrEnum):
    WORK_BLOCKED = "work_blocked"
    WORK_HELD_FOR_REVIEW = "work_held_for_review"
    MESSAGE_HELD = "message_held"
    RULE_INVALID = "screening_rule_invalid"
    NOT_A_DRAFT = "screening_rules_not_a_draft"
    NOT_HELD = "screening_attempt_not_held"
