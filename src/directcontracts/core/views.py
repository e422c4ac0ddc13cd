from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from directcontracts.core import dashboard


def home(request: HttpRequest) -> HttpResponse:
    """Visitors see what Direct Contracts is; signed-in people see their dashboard."""
    if request.user.is_authenticated:
        return render(request, "core/dashboard.html", {"panels": dashboard.panels_for(request)})
    return render(request, "core/home.html")
