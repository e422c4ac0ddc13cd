from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "directcontracts.ledger"
    label = "ledger"
    verbose_name = "Escrow ledger"
