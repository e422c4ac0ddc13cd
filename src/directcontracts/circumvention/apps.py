from django.apps import AppConfig


class CircumventionConfig(AppConfig):
    name = "directcontracts.circumvention"
    label = "circumvention"
    verbose_name = "Circumvention prevention"
