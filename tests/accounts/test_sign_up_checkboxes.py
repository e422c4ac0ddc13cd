"""The sign-up page's checkboxes read as sentences: the box first, then its label (tied to it
with for=), with no colon; the text fields keep their labels above them."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

ROW = re.compile(
    r'<div class="field choice">\s*<input type="checkbox" name="(?P<name>\w+)"[^>]*'
    r'id="(?P<id>[\w-]+)"[^>]*>\s*<div><label for="(?P<for>[\w-]+)">(?P<label>[^<]*)</label>'
)


def _rows(client):
    page = client.get(reverse("accounts:sign_up")).content.decode()
    return {m["name"]: m for m in ROW.finditer(page)}, page


def test_each_sign_up_checkbox_comes_before_its_label_which_names_it(client):
    rows, _ = _rows(client)
    assert set(rows) == {"as_freelancer", "as_client"}
    for row in rows.values():
        assert row["for"] == row["id"]


def test_sign_up_checkbox_labels_end_without_a_colon(client):
    rows, _ = _rows(client)
    assert rows["as_freelancer"]["label"] == "I work as a freelancer or agency"
    assert rows["as_client"]["label"] == "I hire freelancers"


def test_a_checkbox_row_shows_its_error_under_its_label(client):
    response = client.post(
        reverse("accounts:sign_up"),
        {"email": "x@example.com", "full_name": "X", "password": "a-long-passphrase-77"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    label = page.index('<label for="id_as_freelancer">I work as a freelancer or agency</label>')
    assert page.rindex("Choose at least one role") > label  # under its box, not only on top
