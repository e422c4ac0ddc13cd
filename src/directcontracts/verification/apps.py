from django.apps import AppConfig


class VerificationConfig(AppConfig):
    name = "directcontracts.verification"
    label = "verification"
    verbose_name = "Payment-request verification"

    def ready(self) -> None:
        from directcontracts.core.staff_home import StaffLink, register_staff_link

        register_staff_link(
            StaffLink(
                group="trust_safety",
                title="Phishing domains",
                url_name="admin:verification_suspiciousdomain_changelist",
                description="Domains that imitated the platform in payment requests people "
                "checked on /verify/, and how often.",
                order=13,
            )
        )
