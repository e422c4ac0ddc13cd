"""A URLconf for tests/core/test_fixed_urls.py: one route the site also names."""

from django.http import HttpResponse
from django.urls import path

urlpatterns = [path("elsewhere/status/", lambda request: HttpResponse(), name="status")]
