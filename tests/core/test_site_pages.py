"""Pages every visitor can hit: status, favicon, branded errors."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_the_status_page_is_for_people(client):
    response = client.get("/status/")
    assert response.status_code == 200
    assert "Everything is working." in response.content.decode()


def test_the_footer_status_link_opens_the_status_page_not_json(client):
    assert 'href="/status/">Status</a>' in client.get("/").content.decode()


def test_the_favicon_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"


@override_settings(DEBUG=False)
def test_an_unknown_page_is_a_branded_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Page not found" in page
    assert "Get Help" in page


def test_the_500_page_needs_no_database_or_context():
    from django.template.loader import render_to_string

    page = render_to_string("500.html")
    assert "Something went wrong on our side" in page


def test_the_ledger_names_its_entries_in_the_plural_properly():
    from directcontracts.ledger.models import Entry

    assert Entry._meta.verbose_name_plural == "entries"


@pytest.mark.parametrize(
    ("url", "heading"),
    [("/terms/", "Terms of service"), ("/privacy/", "Privacy notice")],
)
def test_the_footer_pages_answer(client, url, heading):
    response = client.get(url)
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.content.decode()


def test_the_footer_links_the_work_policy_terms_and_privacy(client):
    page = client.get("/").content.decode()
    for link in (
        'href="/categories/">Work policy',
        'href="/terms/">Terms',
        'href="/privacy/">Privacy',
    ):
        assert link in page


def test_the_admin_shows_money_as_money_not_minor_units():
    from directcontracts.core.money_text import money_text

    assert money_text(110_000, "USD") == "$1,100.00"
    assert money_text(500, "JPY") == "¥500"


def test_the_payments_admin_lists_amounts_in_the_currency():
    from django.contrib import admin

    from directcontracts.payments.models import Payment

    shown = admin.site._registry[Payment]
    assert shown.amount(Payment(amount_minor=51_700, currency="USD")) == "$517.00"
    assert "amount_minor" not in shown.list_display


@override_settings(DEBUG=False)
def test_a_client_opening_the_back_office_is_told_it_is_for_staff_on_a_branded_page(client):
    from tests.accounts.factories import ClientFactory

    client.force_login(ClientFactory())
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    page = response.content.decode()
    assert "<h1>You can't open this page</h1>" in page
    assert "The back office is for staff." in page
    assert "Get Help" in page


def test_the_dashboard_recommends_a_freelancer_profile_without_making_it_a_condition(client):
    from tests.accounts.factories import UserFactory

    client.force_login(UserFactory(is_freelancer=True))
    page = " ".join(client.get("/").content.decode().split())
    assert "so clients see who they are working with" in page
    assert "You can invite clients before you do." in page
    assert "before you invite clients" not in page
