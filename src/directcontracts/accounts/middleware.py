from collections.abc import Callable
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from directcontracts.accounts.errors import AccountErrorCode
from directcontracts.accounts.models import UserSession
from directcontracts.accounts.services import has_totp, requires_two_factor
from directcontracts.accounts.sessions import two_factor_passed
from directcontracts.core import clock
from directcontracts.core.errors import error_body

# Touch last_seen at most once a minute per session, so pages don't each write.
_TOUCH_EVERY = timedelta(minutes=1)


class SessionActivityMiddleware:
    """Keeps 'last seen' of each signed-in session for the sessions list in settings."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        session_key = getattr(getattr(request, "session", None), "session_key", None)
        # The cache gate means one UPDATE a minute per session, not one query per request.
        if (
            user is not None
            and user.is_authenticated
            and session_key
            and cache.add(f"session-seen:{session_key}", 1, timeout=_TOUCH_EVERY.seconds)
        ):
            now = clock.now()
            UserSession.objects.filter(
                session_key=session_key, last_seen_at__lt=now - _TOUCH_EVERY
            ).update(last_seen_at=now)
        return response


class StaffTwoFactorMiddleware:
    """Staff reach no page (the back office included) without two-factor sign-in.

    A staff member without it is sent to set it up; a staff session that did not pass the
    second step (however it was made) is signed out. Only the set-up pages and sign-out
    stay open. API calls made with an API token are not sessions and are not affected.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is None
            or not user.is_authenticated
            or not requires_two_factor(user)
            or self._always_open(request.path)
        ):
            return self.get_response(request)
        if not has_totp(user):
            return self._refuse(
                request,
                reverse("accounts:totp_setup"),
                "Staff accounts need two-factor sign-in. Set it up to continue.",
            )
        if not two_factor_passed(request):
            logout(request)
            return self._refuse(
                request,
                redirect_to_login(request.get_full_path())["Location"],
                "Sign in again with your authenticator code.",
            )
        return self.get_response(request)

    @staticmethod
    def _always_open(path: str) -> bool:
        return path.startswith(reverse("accounts:totp_setup")) or path == reverse(
            "accounts:sign_out"
        )

    @staticmethod
    def _refuse(request: HttpRequest, location: str, message: str) -> HttpResponse:
        if request.path.startswith("/api/"):
            return JsonResponse(
                error_body(AccountErrorCode.TWO_FACTOR_REQUIRED, message), status=403
            )
        messages.warning(request, message)
        return redirect(location)
