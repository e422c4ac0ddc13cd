from django.apps import AppConfig


class DisputesConfig(AppConfig):
    name = "directcontracts.disputes"
    label = "disputes"
    verbose_name = "Disputes, chargebacks and dormant escrow"

    def ready(self) -> None:
        from directcontracts.contracts import hooks as contract_hooks
        from directcontracts.core.dashboard import register_panel
        from directcontracts.core.demo import register_demo_loader
        from directcontracts.disputes import chargebacks, dashboard, demo, links, services
        from directcontracts.disputes.notify import EVENT_TYPES
        from directcontracts.notifications.events import register_event_type
        from directcontracts.payments import hooks as payment_hooks

        for name, description in EVENT_TYPES.items():
            register_event_type(name, description)
        contract_hooks.on_refund_request_declined(services.offer_dispute_after_declined_refund)
        contract_hooks.register_milestone_links(links.milestone_links)
        payment_hooks.on_payment("charged_back", chargebacks.on_payment_charged_back)
        payment_hooks.on_payment("chargeback_won", chargebacks.on_chargeback_won)
        payment_hooks.on_payment("chargeback_lost", chargebacks.on_chargeback_lost)
        register_panel(dashboard.disputes_panel, order=20)
        register_demo_loader("disputes", demo.load_disputes, order=60)
