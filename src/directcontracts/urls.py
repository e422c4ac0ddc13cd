import importlib.util

from django.apps import apps
from django.contrib import admin
from django.urls import include, path

from directcontracts.api import api
from directcontracts.core.health import favicon, healthz, status_page

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("status/", status_page, name="status"),
    path("favicon.ico", favicon, name="favicon"),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]

# Each app with a `urls.py` mounts its own pages; `core` serves the home page at "/".
for app in (config.name for config in apps.get_app_configs()):
    if app.startswith("directcontracts.") and importlib.util.find_spec(f"{app}.urls") is not None:
        urlpatterns.append(path("", include(f"{app}.urls")))
