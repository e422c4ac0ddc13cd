from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "directcontracts.core"
    label = "core"
    verbose_name = "Core"
