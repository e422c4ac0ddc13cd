"""Static files in production: hashed names from the manifest, plain names without one.

`CompressedManifestStaticFilesStorage` raises "Missing staticfiles manifest entry" for every
`{% static %}` when `collectstatic` has not run, so a site started with DEBUG off but not
through `make serve` answered every page with 500. Falling back to the plain name keeps
pages working (whitenoise then serves the files from the app folders, see settings).
"""

from __future__ import annotations

import logging

from whitenoise.storage import CompressedManifestStaticFilesStorage

logger = logging.getLogger(__name__)
_warned: set[str] = set()


class ForgivingManifestStorage(CompressedManifestStaticFilesStorage):
    def url(self, name: str | None, force: bool = False) -> str:
        try:
            return super().url(name, force)
        except ValueError:
            if name and name not in _warned:
                _warned.add(name)
                logger.warning("static file %s is not collected; run collectstatic", name)
            return self._url(lambda plain, *args, **kwargs: plain, name, force)
