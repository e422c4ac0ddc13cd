"""Pages a first-time visitor, client or freelancer meets, at 1280 px and 390 px, each
checked with axe-core: billing, a held draft, status, terms, privacy, a branded 404."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from tests.contracts.factories import active_contract, card, draft_contract
from tests.e2e.helpers import CLIENT_PASSWORD, both_widths, settle
from tests.e2e.signing import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    ("path", "name", "text"),
    [
        ("/status/", "status", "Everything is working."),
        ("/terms/", "terms", "Terms of service"),
        ("/privacy/", "privacy", "Privacy notice"),
        ("/no-such-page/", "not-found", "Page not found"),
    ],
)
def test_a_visitor_reads_the_site_pages(new_page, path, name, text):
    page = new_page()
    page.goto(path)
    page.get_by_role("heading", name=text).or_(page.get_by_text(text)).first.wait_for()
    both_widths(page, name)


def test_a_client_reads_their_billing(new_page, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    settle()
    page = new_page()
    sign_in(page, client.email, CLIENT_PASSWORD)
    page.get_by_role("link", name="Billing").click()
    page.get_by_role("cell", name="$517.00").wait_for()
    both_widths(page, "billing")


def test_a_freelancer_sees_a_held_draft_wait_for_its_review(new_page, freelancer, monkeypatch):
    from directcontracts.screening import engine

    def review(**kwargs):
        return engine.Verdict(
            verdict=engine.Decision.REVIEW, policy="banned.misleading", score=0.6, reasons=["t"]
        )

    monkeypatch.setattr(engine, "screen_work", review)
    contract = draft_contract(freelancer)
    page = new_page()
    sign_in(page, freelancer.email)
    page.goto(f"/contracts/{contract.pk}/")
    page.get_by_test_id("held-notice").get_by_text("within 24 hours", exact=False).wait_for()
    assert page.get_by_role("button", name="Send invitation", exact=False).count() == 0
    both_widths(page, "held-draft")
