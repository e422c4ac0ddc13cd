from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "directcontracts.accounts"
    label = "accounts"
    verbose_name = "People and roles"
