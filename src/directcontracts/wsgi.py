import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
application = get_wsgi_application()
# Import the URLconf (and with it the API's schemas) as the worker starts, not on its first
# request: that one would otherwise wait about 0.7 s. Touches no database.
get_resolver().url_patterns  # noqa: B018 - evaluated for its import side effect
