from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, object]:
    return {"PLATFORM_NAME": settings.PLATFORM_NAME, "BASE_URL": settings.BASE_URL}
