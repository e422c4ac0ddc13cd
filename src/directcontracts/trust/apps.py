from django.apps import AppConfig


class TrustConfig(AppConfig):
    name = "directcontracts.trust"
    label = "trust"
    verbose_name = "Trust & Safety"
