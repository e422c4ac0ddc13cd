from django.apps import AppConfig


class HelpcenterConfig(AppConfig):
    name = "directcontracts.helpcenter"
    label = "helpcenter"
    verbose_name = "Help Center"

    def ready(self) -> None:
        from directcontracts.core.demo import register_demo_loader
        from directcontracts.helpcenter.demo import load_help_votes

        register_demo_loader("helpcenter", load_help_votes, order=80)
