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
        from directcontracts.payments import gateway_requests
        from directcontracts.payments import hooks as payment_hooks
        from directcontracts.payments.gateway_models import GatewayRequestKind

        for name, description in EVENT_TYPES.items():
            register_event_type(name, description)
        contract_hooks.on_refund_request_declined(services.offer_dispute_after_declined_refund)
        contract_hooks.register_milestone_links(links.milestone_links)
        contract_hooks.register_milestone_step(links.milestone_step)
        payment_hooks.on_payment("charged_back", chargebacks.on_payment_charged_back)
        payment_hooks.on_payment("chargeback_won", chargebacks.on_chargeback_won)
        payment_hooks.on_payment("chargeback_lost", chargebacks.on_chargeback_lost)
        gateway_requests.on_recorded(GatewayRequestKind.EVIDENCE, chargebacks.evidence_answered)
        register_panel(dashboard.disputes_panel, order=20)
        register_demo_loader("disputes", demo.load_disputes, order=60)
        _register_staff_links()

        from directcontracts.disputes import personal_data

        personal_data.register()


def _register_staff_links() -> None:
    from directcontracts.core.staff_home import StaffLink, register_staff_link
    from directcontracts.disputes import selectors
    from directcontracts.disputes.models import ChargebackCase, ChargebackState, Dispute

    def open_disputes(viewer: object) -> int:
        return Dispute.objects.open().exclude(selectors.about_their_contract(viewer)).count()

    def chargebacks_awaiting_evidence(viewer: object) -> int:
        # Open ones: their evidence is still to be submitted before the bank's deadline.
        return (
            ChargebackCase.objects.filter(state=ChargebackState.OPEN)
            .exclude(selectors.about_their_contract(viewer))
            .count()
        )

    register_staff_link(
        StaffLink(
            group="trust_safety",
            title="Disputes",
            url_name="disputes:queue",
            description="Mediate open disputes and decide the ones a party rejected.",
            order=11,
            waiting=open_disputes,
        )
    )
    register_staff_link(
        StaffLink(
            group="trust_safety",
            also_for=("finance",),
            title="Chargebacks",
            url_name="disputes:chargebacks",
            description="Card chargebacks after approved work, with their evidence packs.",
            order=12,
            waiting=chargebacks_awaiting_evidence,
            warning=selectors.due_soon_warning,
        )
    )
