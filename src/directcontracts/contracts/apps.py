from django.apps import AppConfig


class ContractsConfig(AppConfig):
    name = "directcontracts.contracts"
    label = "contracts"
    verbose_name = "Direct contracts"

    def ready(self) -> None:
        from directcontracts.contracts.announce import EXTRA_EVENT_TYPES
        from directcontracts.contracts.dashboard import contracts_panel, earnings_panel
        from directcontracts.contracts.demo import end_demo_security_holds, load_contracts
        from directcontracts.contracts.freezes import FREEZE_EVENT_TYPES
        from directcontracts.core.dashboard import register_panel
        from directcontracts.core.demo import register_demo_loader
        from directcontracts.notifications.events import register_event_type

        for name, description in {**EXTRA_EVENT_TYPES, **FREEZE_EVENT_TYPES}.items():
            register_event_type(name, description)
        register_panel(contracts_panel, order=10)
        register_panel(earnings_panel, order=15)

        from directcontracts.contracts.escrow import register_payment_handlers

        register_payment_handlers()

        from directcontracts.contracts.paying import register_payout_handlers

        register_payout_handlers()
        register_demo_loader("contracts", load_contracts, order=50)
        register_demo_loader("payout-ready", end_demo_security_holds, order=99)

        from directcontracts.contracts import signed_requests

        signed_requests.register()

        from directcontracts.contracts import personal_data

        personal_data.register()

        from directcontracts.contracts.access import (
            contract_ids_of_party,
            contract_of_reference,
            references_of_contracts_of,
        )
        from directcontracts.core.own_matter import OwnMatterFinder, register_own_matter_finder

        register_own_matter_finder(
            OwnMatterFinder(
                contract_ids=contract_ids_of_party,
                contract_references=references_of_contracts_of,
                contract_of=contract_of_reference,
            )
        )
