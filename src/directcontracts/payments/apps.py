from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "directcontracts.payments"
    label = "payments"
    verbose_name = "Payments"
