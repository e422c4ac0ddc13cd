from django.apps import AppConfig


class SupportConfig(AppConfig):
    name = "directcontracts.support"
    label = "support"
    verbose_name = "Get Help"

    def ready(self) -> None:
        from directcontracts.core.dashboard import register_panel
        from directcontracts.core.demo import register_demo_loader
        from directcontracts.support.dashboard import support_panel
        from directcontracts.support.demo import load_tickets

        register_panel(support_panel, order=90)
        register_demo_loader("support", load_tickets, order=90)
