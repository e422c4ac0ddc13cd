from django.urls import path

from directcontracts.payments import staff_views, webhooks

app_name = "payments"

urlpatterns = [
    path("payments/webhooks/<slug:provider>/", webhooks.webhook_view, name="webhook"),
    path(
        "staff/finance/refused-refunds/",
        staff_views.refused_refund_list,
        name="refused_refunds",
    ),
    path(
        "staff/finance/refused-refunds/<int:gateway_request_id>/",
        staff_views.refused_refund_detail,
        name="refused_refund",
    ),
    path(
        "staff/finance/refused-refunds/<int:gateway_request_id>/retry/",
        staff_views.retry_refund,
        name="retry_refund",
    ),
]
