from django.apps import AppConfig


class ContractsConfig(AppConfig):
    name = "directcontracts.contracts"
    label = "contracts"
    verbose_name = "Direct contracts"

    def ready(self) -> None:
        from directcontracts.contracts.dashboard import contracts_panel
        from directcontracts.contracts.demo import load_contracts
        from directcontracts.core.dashboard import register_panel
        from directcontracts.core.demo import register_demo_loader

        register_panel(contracts_panel, order=10)
        register_demo_loader("contracts", load_contracts, order=50)
