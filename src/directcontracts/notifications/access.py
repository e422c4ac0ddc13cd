"""The scoped lookups: another person's notice, endpoint or delivery is simply not found."""

from __future__ import annotations

from typing import Any

from directcontracts.core.errors import NotFound
from directcontracts.notifications.errors import NotificationErrorCode
from directcontracts.notifications.models import Notice, WebhookDelivery, WebhookEndpoint


def get_notice_for_user(user: Any, notice_id: int) -> Notice:
    notice = Notice.objects.filter(pk=notice_id, recipient=user).first()
    if notice is None:
        raise NotFound("That notification does not exist.", NotificationErrorCode.NOTICE_NOT_FOUND)
    return notice


def get_endpoint_for_user(user: Any, endpoint_id: int) -> WebhookEndpoint:
    endpoint = WebhookEndpoint.objects.filter(pk=endpoint_id, owner=user).first()
    if endpoint is None:
        raise NotFound(
            "That webhook endpoint does not exist.", NotificationErrorCode.ENDPOINT_NOT_FOUND
        )
    return endpoint


def get_delivery_for_user(user: Any, delivery_id: int) -> WebhookDelivery:
    delivery = (
        WebhookDelivery.objects.select_related("event", "endpoint")
        .filter(pk=delivery_id, endpoint__owner=user)
        .first()
    )
    if delivery is None:
        raise NotFound(
            "That webhook delivery does not exist.", NotificationErrorCode.DELIVERY_NOT_FOUND
        )
    return delivery
