from enum import StrEnum


class NotificationErrorCode(StrEnum):
    NOTICE_NOT_FOUND = "notice_not_found"
    NOTICE_INVALID = "notice_invalid"
    ENDPOINT_NOT_FOUND = "webhook_endpoint_not_found"
    DELIVERY_NOT_FOUND = "webhook_delivery_not_found"
    URL_NOT_ALLOWED = "webhook_url_not_allowed"
    UNKNOWN_EVENT_TYPE = "unknown_event_type"
    TOO_MANY_ENDPOINTS = "too_many_webhook_endpoints"
    ENDPOINT_DISABLED = "webhook_endpoint_disabled"
    EVENT_INVALID = "webhook_event_invalid"
    EMAIL_GROUP_UNKNOWN = "email_group_unknown"
    EMAIL_REQUIRED = "email_required"
    EMAIL_FREQUENCY_INVALID = "email_frequency_invalid"
    EMAIL_FREQUENCY_NOT_OFFERED = "email_frequency_not_offered"
    UNSUBSCRIBE_LINK_INVALID = "unsubscribe_link_invalid"
    UNSUBSCRIBE_LINK_EXPIRED = "unsubscribe_link_expired"
    UNSUBSCRIBE_LINK_STALE = "unsubscribe_link_stale"
