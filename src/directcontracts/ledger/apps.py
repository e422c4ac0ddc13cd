from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "directcontracts.ledger"
    label = "ledger"
    verbose_name = "Escrow ledger"

    def ready(self) -> None:
        from directcontracts.core.staff_home import StaffLink, register_staff_link
        from directcontracts.ledger.alerts import alerts_about
        from directcontracts.ledger.models import FinanceAlert

        def unresolved_alerts(viewer: object) -> int:
            # Less those about the member's own money (their list leaves them out): read
            # only when they have any (`alerts_about`).
            unresolved = FinanceAlert.objects.filter(resolved=False)
            return unresolved.count() - len(alerts_about(viewer, unresolved))

        for link in (
            StaffLink(
                group="finance",
                title="Books overview",
                url_name="ledger:books",
                description="What escrow, freelancers' balances, fees and the payment "
                "provider hold now, per currency; open two-phase transfers; the hash chain.",
                order=29,
            ),
            StaffLink(
                group="finance",
                title="Finance alerts",
                url_name="admin:ledger_financealert_changelist",
                description="Days on which the books and the payment provider disagree; "
                "mark one resolved once explained.",
                order=30,
                waiting=unresolved_alerts,
            ),
            StaffLink(
                group="finance",
                title="Ledger transfers",
                url_name="admin:ledger_transfer_changelist",
                description="Every money movement, balanced and sealed (read-only).",
                order=31,
            ),
        ):
            register_staff_link(link)
