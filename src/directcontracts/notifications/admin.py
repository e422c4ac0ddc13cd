"""Back office for notices and webhooks: read-only. A notice written here would reach a
person as the platform's word, and an endpoint's address changed here would send its owner's
events elsewhere, neither on the staff audit trail; people manage their own endpoints."""

from django.contrib import admin

from directcontracts.core.admin_site import ReadOnlyAdmin
from directcontracts.notifications.models import (
    EmailDigest,
    EmailPreferences,
    Notice,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)


@admin.register(Notice)
class NoticeAdmin(ReadOnlyAdmin[Notice]):
    list_display = ["recipient", "kind", "title", "about", "created_at", "read_at"]
    list_filter = ["kind"]
    search_fields = ["recipient__email", "title", "about"]
    raw_id_fields = ["recipient"]


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(ReadOnlyAdmin[WebhookEndpoint]):
    list_display = ["owner", "url", "active", "created_at"]
    list_filter = ["active"]
    search_fields = ["owner__email", "url"]
    raw_id_fields = ["owner"]
    # The signing secret belongs to the endpoint's owner; staff never need to read it.
    exclude = ["secret"]


class WebhookAttemptInline(admin.TabularInline[WebhookAttempt, WebhookDelivery]):
    model = WebhookAttempt
    extra = 0
    can_delete = False
    readonly_fields = [f.name for f in WebhookAttempt._meta.fields]


@admin.register(WebhookEvent)
class WebhookEventAdmin(ReadOnlyAdmin[WebhookEvent]):
    list_display = ["public_id", "type", "owner", "created_at"]
    search_fields = ["public_id", "idempotency_key", "owner__email"]
    list_filter = ["type"]
    raw_id_fields = ["owner"]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin[WebhookDelivery]):
    list_display = ["pk", "event", "endpoint", "status", "attempt", "next_attempt_at"]
    list_filter = ["status"]
    inlines = [WebhookAttemptInline]


@admin.register(EmailPreferences)
class EmailPreferencesAdmin(ReadOnlyAdmin):
    list_display = ["user", "groups_daily", "groups_off", "updated_at"]
    search_fields = ["user__email"]
    raw_id_fields = ["user"]


@admin.register(EmailDigest)
class EmailDigestAdmin(ReadOnlyAdmin):
    list_display = ["user", "day", "cutoff", "created_at", "sent_at", "sent_count"]
    list_filter = ["day"]
    search_fields = ["user__email"]
    raw_id_fields = ["user"]
    date_hierarchy = "day"
