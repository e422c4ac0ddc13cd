from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "directcontracts.notifications"
    label = "notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        from directcontracts.core.dashboard import register_panel
        from directcontracts.core.demo import register_demo_loader
        from directcontracts.notifications.dashboard import unread_notices_panel
        from directcontracts.notifications.demo import load_notifications, read_older_demo_notices

        register_panel(unread_notices_panel, order=20)
        register_demo_loader("notifications", load_notifications, order=80)
        # Last: the other loaders' contracts, disputes and cases send the notices it reads.
        register_demo_loader("older notices read", read_older_demo_notices, order=1000)
