import importlib.util

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from directcontracts.api import api
from directcontracts.core.health import healthz

admin.site.site_header = "Direct Contracts back office"
admin.site.site_title = "Direct Contracts back office"
admin.site.index_title = "Back office"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]

# Each app with a `urls.py` mounts its own pages; `core` serves the home page at "/".
for app in settings.INSTALLED_APPS:
    if app.startswith("directcontracts.") and importlib.util.find_spec(f"{app}.urls") is not None:
        urlpatterns.append(path("", include(f"{app}.urls")))
