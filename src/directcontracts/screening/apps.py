from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "directcontracts.screening"
    label = "screening"
    verbose_name = "Work-policy screening"

    def ready(self) -> None:
        from directcontracts.core.concerns import register_resolution_handler
        from directcontracts.screening.services import resolve_from_case

        register_resolution_handler("screening", resolve_from_case)
