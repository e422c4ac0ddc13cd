from collections.abc import Callable
from datetime import timedelta

from django.http import HttpRequest, HttpResponse

from directcontracts.accounts.models import UserSession
from directcontracts.core import clock

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
        if user is not None and user.is_authenticated and session_key:
            now = clock.now()
            UserSession.objects.filter(
                session_key=session_key, last_seen_at__lt=now - _TOUCH_EVERY
            ).update(last_seen_at=now)
        return response
