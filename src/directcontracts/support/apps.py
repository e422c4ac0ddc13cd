from django.apps import AppConfig


class SupportConfig(AppConfig):
    name = "directcontracts.support"
    label = "support"
    verbose_name = "Get Help"
