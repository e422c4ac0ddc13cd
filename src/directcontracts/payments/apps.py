from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "directcontracts.payments"
    label = "payments"
    verbose_name = "Payments"

    def ready(self) -> None:
        from directcontracts.core.staff_home import StaffLink, register_staff_link

        register_staff_link(
            StaffLink(
                group="finance",
                title="Payouts",
                url_name="admin:payments_payout_changelist",
                description="Payouts to freelancers and their states (read-only).",
                order=32,
            )
        )
