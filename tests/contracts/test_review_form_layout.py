"""The client's review of a submission: each answer (release, ask for changes, more time)
is its own form with its label above, not squeezed onto one row with another."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from tests.contracts.factories import funded_milestone

pytestmark = pytest.mark.django_db


def _review_page(client, freelancer, monkeypatch, frozen_clock) -> str:
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done", files=[])
    client.force_login(buyer)
    return client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()


def _form_around(page: str, text: str) -> str:
    return next(form for form in re.findall(r"<form .*?</form>", page, re.S) if text in form)


def test_the_more_time_control_is_its_own_stacked_form_not_inline_beside_request_changes(
    client, freelancer, monkeypatch, frozen_clock
):
    page = _review_page(client, freelancer, monkeypatch, frozen_clock)
    extend = _form_around(page, "Need more time?")
    assert 'class="stacked-form review-form extend-form"' in extend
    assert "inline-form" not in extend


def test_the_request_changes_form_takes_its_own_row_too(
    client, freelancer, monkeypatch, frozen_clock
):
    page = _review_page(client, freelancer, monkeypatch, frozen_clock)
    assert 'class="stacked-form review-form"' in _form_around(page, "Request changes")
