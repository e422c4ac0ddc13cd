from django.apps import AppConfig


class TrustConfig(AppConfig):
    name = "directcontracts.trust"
    label = "trust"
    verbose_name = "Trust & Safety"

    def ready(self) -> None:
        from directcontracts.accounts.hooks import on_stopped_sign_in
        from directcontracts.core.concerns import (
            register_concern_handler,
            register_resolution_handler,
        )
        from directcontracts.core.demo import register_demo_loader
        from directcontracts.core.staff_audit import register_staff_audit
        from directcontracts.core.staff_home import StaffLink, register_staff_link
        from directcontracts.notifications.notices import register_stopped_account_check
        from directcontracts.trust import stopped, velocity
        from directcontracts.trust.cases import open_case_count, receive_concern
        from directcontracts.trust.demo import load_cases
        from directcontracts.trust.staff_edits import record_edit

        # A suspended or banned person is emailed what concerns the account, and told at
        # sign-in why they can't (with the appeal link emailed again).
        register_stopped_account_check(stopped.is_stopped)
        on_stopped_sign_in(stopped.explain_stop)
        register_concern_handler(receive_concern)
        register_staff_audit(record_edit)
        register_resolution_handler(velocity.SOURCE, velocity.resolve_from_case)
        velocity.connect()
        register_demo_loader("trust", load_cases, order=90)

        from directcontracts.trust import personal_data

        personal_data.register()
        register_staff_link(
            StaffLink(
                group="trust_safety",
                title="Trust & Safety queue",
                url_name="trust:queue",
                description="Cases by priority and deadline: flags, held items, circumvention "
                "reviews and phishing reports, with their evidence.",
                order=10,
                waiting=open_case_count,
            )
        )
        register_staff_link(
            StaffLink(
                group="trust_safety",
                title="Velocity rules",
                url_name="admin:trust_velocityrule_changelist",
                description="Patterns across events (many invitations, a shared card, a fast "
                "cash-out): thresholds, windows and whether a hit holds payouts.",
                order=14,
            )
        )
