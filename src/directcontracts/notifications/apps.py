from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "directcontracts.notifications"
    label = "notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        from directcontracts.core.dashboard import register_panel
        from directcontracts.core.demo import register_demo_loader
        from directcontracts.notifications.dashboard import unread_notices_panel
        from directcontracts.notifications.demo import load_notifications

        register_panel(unread_notices_panel, order=20)
        register_demo_loader("notifications", load_notifications, order=80)
