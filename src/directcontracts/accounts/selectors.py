from django.db.models import QuerySet
from django.http import HttpRequest

from directcontracts.accounts.models import ApiToken, User, UserSession


def sessions_of(user: User) -> QuerySet[UserSession]:
    return UserSession.objects.filter(user=user).order_by("-last_seen_at")


def api_tokens_of(user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("-created_at")


def api_user(request: HttpRequest) -> User:
    """The person an authenticated API request acts for (token or session)."""
    user = getattr(request, "auth", None)
    if not isinstance(user, User):
        raise TypeError("api_user() needs an operation that requires authentication")
    return user
