from enum import StrEnum


class CircumventionErrorCode(StrEnum):
    EXISTING_ACCOUNT = "circumvention_existing_account"
    HELD_FOR_REVIEW = "circumvention_held_for_review"
    INVALID_RECORD = "circumvention_invalid_record"
    INVALID_REVIEW = "circumvention_invalid_review"
