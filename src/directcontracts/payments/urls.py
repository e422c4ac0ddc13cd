from django.urls import path

from directcontracts.payments import webhooks

app_name = "payments"

urlpatterns = [
    path("payments/webhooks/<slug:provider>/", webhooks.webhook_view, name="webhook"),
]
