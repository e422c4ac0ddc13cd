from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "directcontracts.payments"
    label = "payments"
    verbose_name = "Payments"

    def ready(self) -> None:
        from directcontracts.core.staff_home import StaffLink, register_staff_link
        from directcontracts.payments import charges, gateway_requests, payouts
        from directcontracts.payments.gateway_models import GatewayRequestKind

        # What follows from the gateway's answer to each kind of request (intent, call, record).
        gateway_requests.on_recorded(GatewayRequestKind.PAYOUT, payouts.payout_answered)
        gateway_requests.on_recorded(GatewayRequestKind.REFUND, charges.refund_answered)
        gateway_requests.on_recorded(GatewayRequestKind.CHARGE, charges.charge_answered)

        from directcontracts.core.own_matter import OwnMatterFinder, register_own_matter_finder
        from directcontracts.payments.whose import money_references

        register_own_matter_finder(OwnMatterFinder(money_references=money_references))

        from directcontracts.payments.refused_refunds import refunds_about, waiting_count

        def refunds_waiting(viewer: object) -> int:
            return waiting_count(about_them=refunds_about(viewer))

        register_staff_link(
            StaffLink(
                group="finance",
                title="Refused refunds",
                url_name="payments:refused_refunds",
                description="Refunds the payment processor refused: the client's money is "
                "still at the processor. Retry the refund, with a reason.",
                order=30,
                waiting=refunds_waiting,
            )
        )
        register_staff_link(
            StaffLink(
                group="finance",
                title="Payouts",
                url_name="admin:payments_payout_changelist",
                description="Payouts to freelancers and their states (read-only).",
                order=32,
            )
        )
