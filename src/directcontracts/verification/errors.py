from enum import StrEnum


class VerificationErrorCode(StrEnum):
    TEXT_EMPTY = "verify_text_empty"
    TEXT_TOO_LONG = "verify_text_too_long"
    KEY_NOT_FOUND = "verification_key_not_found"
    LAST_KEY = "verification_last_key"
