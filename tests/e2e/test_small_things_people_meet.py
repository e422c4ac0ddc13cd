"""The smaller defects a first-time user met, each seen in Chromium: the settings page's
labels point at their own fields and the country is chosen from a list, an amount typed as
people write it is accepted, the activity log reads in words, and the site has an icon."""

from __future__ import annotations

import pytest

from tests.contracts.factories import active_contract
from tests.e2e.helpers import both_widths
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_settings_label_points_at_one_field_of_its_own(new_page, freelancer):
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto("/settings/")
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))
    dangling = page.evaluate(
        "[...document.querySelectorAll('label[for]')]"
        ".filter(l => !document.getElementById(l.htmlFor)).map(l => l.htmlFor)"
    )
    assert dangling == []
    profile = page.get_by_role("region", name="Freelancer profile")
    assert profile.get_by_label("Country").evaluate("e => e.tagName") == "SELECT"
    both_widths(page, "settings")


def test_the_country_is_saved_as_the_one_chosen(new_page, freelancer):
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto("/settings/")
    profile = page.get_by_role("region", name="Freelancer profile")
    profile.get_by_label("Country").select_option(label="Germany")
    profile.get_by_role("button").first.click()
    page.get_by_text("saved", exact=False).first.wait_for()
    freelancer.refresh_from_db()
    profile = freelancer.freelancer_profile
    assert profile.country == "DE"


def test_a_milestone_amount_typed_with_a_thousands_separator_is_accepted(new_page, freelancer):
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto("/contracts/new/")
    page.get_by_label("Client's name").fill("Nora Newclient")
    page.get_by_label("Client's email").fill("nora@example.org")
    page.get_by_label("Contract title").fill("Bakery website")
    page.get_by_label("Scope of work").fill("Five pages and a contact form.")
    page.get_by_label("Category").select_option("web-development")
    first = page.get_by_role("group", name="Milestone 1")
    first.get_by_label("Milestone").fill("Design")
    first.get_by_label("Amount").fill("1,100.00")
    page.get_by_role("button", name="Save draft").click()
    page.get_by_role("region", name="Milestones", exact=True).get_by_text(
        "$1,100.00"
    ).first.wait_for()


def test_the_activity_log_reads_in_words(new_page, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto(f"/contracts/{contract.pk}/")
    activity = page.get_by_role("region", name="Activity")
    activity.get_by_text("Contract accepted").wait_for()
    assert "contract." not in activity.inner_text()


def test_every_page_finds_the_site_icon(new_page):
    page = new_page()
    page.goto("/")
    href = page.locator("link[rel~=icon]").first.get_attribute("href")
    assert page.request.get(href).status == 200
    assert page.request.get("/favicon.ico").status == 200
