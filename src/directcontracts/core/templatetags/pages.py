"""`{% page_href n %}`: the address of page `n` of the list on this page, for
`templates/core/_pagination.html`, the one pagination partial every paged list includes.

The list's other query parameters (search, filters, the queue's view) stay as the person
sent them; only `page` is replaced, so no view has to rebuild its query for the links.
"""

from __future__ import annotations

from django import template
from django.http import HttpRequest

register = template.Library()


@register.simple_tag(takes_context=True)
def page_href(context: template.Context, number: int) -> str:
    request: HttpRequest = context["request"]
    params = request.GET.copy()
    params["page"] = str(number)
    # A page shown at another address (a form's error page) links back by `pages_path`, and
    # `pages_anchor` lands on the paged table rather than the top of a long page.
    anchor = context.get("pages_anchor", "")
    return f"{context.get('pages_path', '')}?{params.urlencode()}" + (
        f"#{anchor}" if anchor else ""
    )
