from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse

from directcontracts.core import clock, dashboard


def home(request: HttpRequest) -> HttpResponse:
    """Visitors see what Direct Contracts is; signed-in people see their dashboard."""
    if request.user.is_authenticated:
        return render(request, "core/dashboard.html", {"panels": dashboard.panels_for(request)})
    return render(request, "core/home.html")


def security_txt(request: HttpRequest) -> HttpResponse:
    """Where to report a security problem (RFC 9116): SECURITY_CONTACT, else Get Help."""
    contact = settings.SECURITY_CONTACT or f"{settings.BASE_URL}{_path_or('support:new', '/')}"
    lines = [
        f"Contact: {contact}",
        f"Expires: {(clock.now() + timedelta(days=365)).replace(microsecond=0).isoformat()}",
        f"Policy: {settings.BASE_URL}{_path_or('helpcenter:security', '/')}",
        "Preferred-Languages: en",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _path_or(name: str, fallback: str) -> str:
    # core sits below the apps that own these pages: name them, never import them.
    try:
        return reverse(name)
    except NoReverseMatch:
        return fallback
