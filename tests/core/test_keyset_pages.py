"""Pages of a growing list on the web: a keyset cursor read from the query string."""

import pytest
from django.test import RequestFactory

from directcontracts.core.pagination import cursor_from


@pytest.mark.parametrize("raw", ["", "0", "-3", "3x", "²", "١٢", "1" * 19])
def test_anything_but_a_positive_ascii_id_means_the_newest_page(raw):
    request = RequestFactory().get("/", {"before": raw})
    assert cursor_from(request, "before") is None


def test_a_positive_id_is_the_cursor():
    assert cursor_from(RequestFactory().get("/", {"before": "42"}), "before") == 42
