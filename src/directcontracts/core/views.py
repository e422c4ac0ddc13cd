from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_GET

from directcontracts.core import clock, dashboard
from directcontracts.core.errors import CoreErrorCode
from directcontracts.core.staff_home import staff_links_for


def home(request: HttpRequest) -> HttpResponse:
    """Visitors see what Direct Contracts is; signed-in people see their dashboard."""
    if request.user.is_authenticated:
        context = {
            "panels": dashboard.panels_for(request),
            "has_staff_work": bool(staff_links_for(request.user)),
        }
        return render(request, "core/dashboard.html", context)
    return render(request, "core/home.html")


GROUP_NAMES = {"trust_safety": "Trust & Safety", "support": "Support", "finance": "Finance"}


@login_required
@require_GET
def staff_home(request: HttpRequest) -> HttpResponse:
    """What the staff groups a person belongs to do, one link per console (404 for others)."""
    links = staff_links_for(request.user)
    if not links:
        raise Http404("No staff work here.")
    rows = [
        {
            "link": link,
            "url": reverse(link.url_name),
            # Counted for this member: their own matters are out of their lists too.
            "waiting": link.waiting(request.user) if link.waiting else None,
            "warning": link.warning(request.user) if link.warning else "",
        }
        for link in links
    ]
    # The person's own groups: a page shared with another group (finance read the
    # chargebacks) must not make them a member of it.
    mine = set(request.user.groups.values_list("name", flat=True))
    groups = sorted(GROUP_NAMES.get(name, name) for name in mine if name in GROUP_NAMES)
    return render(request, "core/staff_home.html", {"rows": rows, "groups": groups})


def terms(request: HttpRequest) -> HttpResponse:
    return render(request, "core/terms.html")


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "core/privacy.html")


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


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: a form kept open past a sign-in or sign-out elsewhere, sent twice
    from an old tab, or posted from another site gets the site's page saying what to do."""
    context = {
        "code": CoreErrorCode.CSRF_FAILED,
        "no_cookie": reason.startswith("CSRF cookie not set"),
    }
    return render(request, "403_csrf.html", context, status=403)
