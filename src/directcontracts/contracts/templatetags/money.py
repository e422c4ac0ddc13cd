from django import template

from directcontracts.contracts.event_words import in_words
from directcontracts.contracts.money import display

register = template.Library()


@register.filter
def money(amount_minor: int | None, currency: str) -> str:
    """{{ payout.amount_minor|money:payout.currency }} → "$475.00"."""
    if amount_minor is None:
        return ""
    return display(int(amount_minor), currency)


@register.filter
def event_words(kind: str) -> str:
    """{{ event.kind|event_words }} → "Funded: money in escrow"."""
    return in_words(str(kind))
