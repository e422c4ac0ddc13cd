from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from directcontracts.catalog import presenters


def category_list(request: HttpRequest) -> HttpResponse:
    """Public: what work Direct Contracts supports, what changed, and what is never allowed."""
    return render(request, "catalog/category_list.html", {"catalog": presenters.catalog_overview()})
