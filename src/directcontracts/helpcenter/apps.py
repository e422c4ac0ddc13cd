from django.apps import AppConfig


class HelpcenterConfig(AppConfig):
    name = "directcontracts.helpcenter"
    label = "helpcenter"
    verbose_name = "Help Center"
