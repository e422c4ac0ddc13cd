"""The notification services other apps call; see notices.py and webhooks.py for the rest.

notify(recipient=client, kind="milestone.submitted", title=..., body=..., url=...)
emit_event(event_type="milestone.submitted", owner_ids=[freelancer.pk, client.pk],
           data={...}, idempotency_key=f"milestone:{milestone.pk}:submitted:{n}")
"""

from directcontracts.notifications.notices import mark_all_read, mark_notice_read, notify
from directcontracts.notifications.webhooks import (
    create_endpoint,
    delete_endpoint,
    emit_event,
    enqueue_due_deliveries,
    redeliver,
    set_endpoint_active,
    update_endpoint,
)

__all__ = [
    "create_endpoint",
    "delete_endpoint",
    "emit_event",
    "enqueue_due_deliveries",
    "mark_all_read",
    "mark_notice_read",
    "notify",
    "redeliver",
    "set_endpoint_active",
    "update_endpoint",
]
