from django import template

from directcontracts.contracts import freeze_words

register = template.Library()


@register.filter
def label(labels: dict[str, str], code: str) -> str:
    """{{ source_labels|label:signal.source }}: the words for a code, or the code itself."""
    return str(labels.get(code, code))


# What a freeze's stored sentence tells the parties to do: staff read the rest (what, by
# whom, the case, since when), not advice addressed to someone else.
PARTIES_ADVICE = (
    *freeze_words.ADVICE.values(),
    *freeze_words.FOR_THE_CLIENT.values(),
)


@register.filter
def without_parties_advice(message: str) -> str:
    """{{ event.message|without_parties_advice }}: a timeline note as staff read it."""
    text = str(message or "")
    for advice in PARTIES_ADVICE:
        text = text.replace(advice, "")
    return " ".join(text.split())
