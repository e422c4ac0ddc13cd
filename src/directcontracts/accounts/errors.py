from enum import StrEnum


class AccountErrorCode(StrEnum):
    WEAK_PASSWORD = "weak_password"
    INVALID_CREDENTIALS = "invalid_credentials"
    SIGN_IN_REQUIRED = "sign_in_required"
    EMAIL_NOT_VERIFIED = "email_not_verified"
    ACCOUNT_DISABLED = "account_disabled"
    LINK_INVALID = "link_invalid"
    LINK_EXPIRED = "link_expired"
    LINK_USED = "link_used"
    TOTP_INVALID = "totp_invalid"
    TOTP_ALREADY_ENABLED = "totp_already_enabled"
    TOTP_NOT_ENABLED = "totp_not_enabled"
    TWO_FACTOR_REQUIRED = "two_factor_required"
    TOKEN_NOT_FOUND = "token_not_found"
    INVALID_TOKEN_EXPIRY = "invalid_token_expiry"
    SESSION_NOT_FOUND = "session_not_found"
    INVALID_ROLE = "invalid_role"
    ROLE_NOT_ON = "role_not_on"
