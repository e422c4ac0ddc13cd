from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "directcontracts.notifications"
    label = "notifications"
    verbose_name = "Notifications"
