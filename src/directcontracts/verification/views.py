"""/verify/: the public page where anyone checks a payment request, signed in or not."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from directcontracts.core import ratelimit
from directcontracts.core.errors import DomainError
from directcontracts.core.validation import TextGuardMixin
from directcontracts.verification import services
from directcontracts.verification.parsing import MAX_TEXT_CHARS


class VerifyForm(TextGuardMixin, forms.Form):
    text = forms.CharField(
        label="What did you receive?",
        help_text="Paste the link, the whole email or message, or the short code (DC-XXXX-…).",
        max_length=MAX_TEXT_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false", "autocomplete": "off"}),
    )


def count_check(request: HttpRequest) -> None:
    """Anonymous checks are limited per address (a forger must not try codes at speed)."""
    address = ratelimit.address_key(request.META.get("REMOTE_ADDR"))
    ratelimit.hit(
        f"verify:address:{address}",
        limit=settings.VERIFY_CHECKS_PER_HOUR,
        window_seconds=3600,
        message="You have made many checks in a short time.",
    )


@require_http_methods(["GET", "POST"])
def verify_page(request: HttpRequest) -> HttpResponse:
    initial = request.GET.get("t", "")[:1000]
    form = VerifyForm(request.POST or None, initial={"text": initial} if initial else None)
    verdict = None
    error = None
    status = 200
    pasted = form.cleaned_data["text"] if request.method == "POST" and form.is_valid() else ""
    if request.method == "GET" and initial:
        pasted = initial  # the "check this request" link from a genuine email
    if pasted:
        try:
            count_check(request)
            verdict = services.verify_text(pasted)
        except DomainError as refused:
            error, status = refused, refused.status
    elif request.method == "POST":
        status = 400
    response = render(
        request,
        "verification/verify.html",
        {"form": form, "verdict": verdict, "error": error},
        status=status,
    )
    return ratelimit.with_retry_after(response, error)
