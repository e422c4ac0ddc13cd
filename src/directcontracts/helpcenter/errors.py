from enum import StrEnum


class HelpErrorCode(StrEnum):
    ARTICLE_NOT_FOUND = "article_not_found"
    NO_VOTE = "no_vote_to_explain"
    TEXT_INVALID = "text_invalid"
    QUERY_TOO_LONG = "query_too_long"
    SLUG_RESERVED = "slug_reserved"
