from django.apps import AppConfig


class CircumventionConfig(AppConfig):
    name = "directcontracts.circumvention"
    label = "circumvention"
    verbose_name = "Circumvention prevention"

    def ready(self) -> None:
        from directcontracts.accounts.hooks import on_account_created
        from directcontracts.circumvention.local_accounts import (
            file_existing_accounts,
            file_marketplace_account,
        )
        from directcontracts.circumvention.services import resolve_from_case
        from directcontracts.core.concerns import register_resolution_handler
        from directcontracts.core.demo import register_demo_loader

        on_account_created(file_marketplace_account)
        register_resolution_handler("circumvention", resolve_from_case)
        register_demo_loader("marketplace accounts", file_existing_accounts, order=20)

        from directcontracts.circumvention.demo import load_review_case

        register_demo_loader("circumvention review", load_review_case, order=95)
