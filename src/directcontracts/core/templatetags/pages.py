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
    return "?" + params.urlencode()
