from django.apps import AppConfig


class ContractsConfig(AppConfig):
    name = "directcontracts.contracts"
    label = "contracts"
    verbose_name = "Direct contracts"
