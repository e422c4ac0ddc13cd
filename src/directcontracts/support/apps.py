from django.apps import AppConfig


class SupportConfig(AppConfig):
    name = "directcontracts.support"
    label = "support"
    verbose_name = "Get Help"

    def ready(self) -> None:
        from directcontracts.core.dashboard import register_panel
        from directcontracts.core.demo import register_demo_loader
        from directcontracts.support.dashboard import support_panel
        from directcontracts.support.demo import load_tickets

        register_panel(support_panel, order=90)
        _register_staff_links()
        register_demo_loader("support", load_tickets, order=90)

        from directcontracts.support import personal_data

        personal_data.register()


def _register_staff_links() -> None:
    from directcontracts.core.staff_home import StaffLink, register_staff_link
    from directcontracts.support.models import Status, Ticket
    from directcontracts.support.staff import tickets_about

    def unresolved(viewer: object) -> int:
        return (
            Ticket.objects.filter(status__in=[Status.NEW, Status.OPEN])
            .exclude(tickets_about(viewer))
            .count()
        )

    for link in (
        StaffLink(
            group="support",
            title="Support queue",
            url_name="support:queue",
            description="Get Help requests by priority: reply, note, assign, escalate to "
            "Trust & Safety.",
            order=20,
            waiting=unresolved,
        ),
        StaffLink(
            group="support",
            title="Help Center feedback",
            url_name="helpcenter:staff_feedback",
            description="What readers who answered “No” to “Was this article helpful?” missed.",
            order=21,
        ),
        StaffLink(
            group="support",
            title="Help Center articles",
            url_name="admin:helpcenter_article_changelist",
            description="Write, preview and publish articles; every published version is kept.",
            order=22,
        ),
    ):
        register_staff_link(link)
