from django import template

register = template.Library()


@register.filter
def label(labels: dict[str, str], code: str) -> str:
    """{{ source_labels|label:signal.source }}: the words for a code, or the code itself."""
    return str(labels.get(code, code))
