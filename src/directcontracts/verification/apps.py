from django.apps import AppConfig


class VerificationConfig(AppConfig):
    name = "directcontracts.verification"
    label = "verification"
    verbose_name = "Payment-request verification"
