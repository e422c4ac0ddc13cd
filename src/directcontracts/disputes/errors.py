from enum import StrEnum


class DisputeErrorCode(StrEnum):
    INVALID_TRANSITION = "invalid_transition"
    NOT_FOUND = "dispute_not_found"
    NOT_DISPUTABLE = "milestone_not_disputable"
    ALREADY_OPEN = "dispute_already_open"
    REFUND_REQUEST_PENDING = "refund_request_pending"
    WRONG_PARTY = "wrong_party"
    NOT_STAFF = "not_trust_safety"
    SAME_STAFF = "decider_must_differ"
    STATEMENT_REQUIRED = "statement_required"
    REASON_REQUIRED = "reason_required"
    TEXT_INVALID = "text_invalid"
    INVALID_AMOUNT = "invalid_amount"
    SPLIT_MISMATCH = "split_does_not_match_escrow"
    ALREADY_ANSWERED = "proposal_already_answered"
    EVIDENCE_INVALID = "evidence_invalid"
    TOO_MUCH_EVIDENCE = "too_much_evidence"
    CHARGEBACK_NOT_FOUND = "chargeback_not_found"
    EVIDENCE_PACK_NOT_ALLOWED = "evidence_pack_trust_safety_only"
    NOT_RELEASE_WINDOW = "dormant_release_not_open"
