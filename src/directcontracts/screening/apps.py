from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "directcontracts.screening"
    label = "screening"
    verbose_name = "Work-policy screening"
