from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "directcontracts.accounts"
    label = "accounts"
    verbose_name = "People and roles"

    def ready(self) -> None:
        from directcontracts.accounts.demo import load_people
        from directcontracts.core.demo import register_demo_loader

        register_demo_loader("people", load_people, order=10)

        from directcontracts.accounts import export_sections

        export_sections.register()

        from directcontracts.accounts import signals

        signals.connect()
