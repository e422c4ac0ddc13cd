from datetime import timedelta

import pytest

from directcontracts.accounts.models import AccountKind
from directcontracts.contracts import services
from directcontracts.contracts.models import ContractEvent, ContractState, MilestoneState
from directcontracts.contracts.money import quote
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from tests.accounts.factories import ClientFactory, UserFactory
from tests.contracts.factories import draft_contract, milestone

pytestmark = pytest.mark.django_db


def test_a_freelancer_creates_a_draft_with_milestones_and_a_timeline_entry(freelancer):
    contract = draft_contract(freelancer)

    assert contract.state == ContractState.DRAFT
    assert [(m.position, m.title, m.amount_minor, m.state) for m in contract.milestones.all()] == [
        (1, "Design", 50_000, MilestoneState.DRAFT),
        (2, "Build", 120_000, MilestoneState.DRAFT),
    ]
    assert ContractEvent.objects.filter(contract=contract, kind="contract.created").exists()


def test_the_default_review_period_is_the_platform_setting(freelancer, settings):
    settings.REVIEW_PERIOD_DAYS = 14
    assert draft_contract(freelancer).review_period_days == 14


def test_only_freelancers_can_create_contracts(client_user):
    with pytest.raises(DomainError) as refused:
        draft_contract(client_user)
    assert refused.value.code == "not_a_freelancer"


@pytest.mark.parametrize(
    ("currency", "amount", "code"),
    [
        ("USD", 499, "amount_too_small"),
        ("INR", 41_999, "amount_too_small"),
        ("USD", 10**13, "amount_too_large"),
    ],
)
def test_milestone_amounts_outside_the_limits_are_refused(freelancer, currency, amount, code):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, currency=currency, milestones=[milestone(amount_minor=amount)])
    assert refused.value.code == code


def test_a_milestone_of_exactly_five_dollars_is_allowed(freelancer):
    contract = draft_contract(freelancer, milestones=[milestone(amount_minor=500)])
    assert contract.milestones.get().amount_minor == 500


def test_an_unsupported_currency_is_refused(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, currency="JPY")
    assert refused.value.code == "unsupported_currency"


def test_a_contract_needs_at_least_one_milestone(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, milestones=[])
    assert refused.value.code == "no_milestones"


def test_a_due_date_in_the_past_is_refused(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, milestones=[milestone(days=-1)])
    assert refused.value.code == "invalid_due_date"


def test_an_email_with_a_marketplace_account_is_refused_with_the_reason(freelancer):
    ClientFactory(email="already.here@example.com")
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, client_email="Already.Here@Example.com")
    assert refused.value.code == "client_has_marketplace_account"
    assert "belongs in the marketplace" in refused.value.message


def test_a_returning_direct_contracts_client_can_be_invited_again(freelancer):
    UserFactory(
        email="returning@example.com", is_client=True, account_kind=AccountKind.DIRECT_CLIENT
    )
    assert (
        draft_contract(freelancer, client_email="returning@example.com").state
        == ContractState.DRAFT
    )


def test_a_freelancer_cannot_invite_themselves(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, client_email=freelancer.email)
    assert refused.value.code == "self_contract"


def test_a_title_with_a_word_longer_than_sixty_characters_is_refused_at_the_title(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, title="x" * 61)
    assert refused.value.details["fields"][0]["field"] == "title"
    assert "a word can be at most 60 characters" in refused.value.message
    assert not freelancer.contracts_as_freelancer.exists()


def test_a_title_whose_words_are_sixty_characters_is_accepted(freelancer):
    address = "northwind-bakery-and-coffee-house-in-the-old-town-of-lisbon-"  # 60 characters
    title = f"A new website for {address}"
    assert draft_contract(freelancer, title=title).title == title


def test_editing_a_draft_refuses_a_title_with_a_word_longer_than_sixty_characters(freelancer):
    contract = draft_contract(freelancer)
    with pytest.raises(DomainError):
        services.update_draft(
            contract=contract,
            by=freelancer,
            client_email=contract.client_email,
            client_name=contract.client_name,
            title="x" * 200,
            description=contract.description,
            category_slug=contract.category_slug,
            currency=contract.currency,
            milestones=[milestone("Design", 50_000)],
            review_period_days=14,
        )
    contract.refresh_from_db()
    assert contract.title == "A website for the bakery"


def test_a_refused_draft_writes_nothing(freelancer):
    with pytest.raises(DomainError):
        draft_contract(
            freelancer, milestones=[milestone(amount_minor=600), milestone(amount_minor=1)]
        )
    assert not freelancer.contracts_as_freelancer.exists()


def test_a_draft_can_be_edited_and_its_milestones_replaced(freelancer):
    contract = draft_contract(freelancer)
    services.update_draft(
        contract=contract,
        by=freelancer,
        client_email=contract.client_email,
        client_name="Nora N.",
        title="Website, phase one",
        description="Only the design.",
        category_slug=contract.category_slug,
        currency="EUR",
        milestones=[milestone("Design only", 70_000)],
        review_period_days=7,
    )
    contract.refresh_from_db()
    assert (contract.title, contract.currency, contract.review_period_days) == (
        "Website, phase one",
        "EUR",
        7,
    )
    assert list(contract.milestones.values_list("title", flat=True)) == ["Design only"]


def test_another_freelancer_cannot_edit_the_draft(freelancer, stranger_freelancer):
    contract = draft_contract(freelancer)
    with pytest.raises(DomainError) as refused:
        services.update_draft(
            contract=contract,
            by=stranger_freelancer,
            client_email=contract.client_email,
            client_name="x",
            title="x",
            description="x",
            category_slug=contract.category_slug,
            currency="USD",
            milestones=[milestone()],
            review_period_days=14,
        )
    assert refused.value.code == "wrong_party"


def test_cancelling_a_draft_is_recorded_and_final(freelancer):
    contract = draft_contract(freelancer)
    services.cancel_contract(contract=contract, by=freelancer, reason="Client changed plans")
    contract.refresh_from_db()
    assert contract.state == ContractState.CANCELLED
    with pytest.raises(DomainError) as refused:
        services.cancel_contract(contract=contract, by=freelancer)
    assert refused.value.code == "invalid_transition"
    assert refused.value.status == 409
    assert "cancelled" in refused.value.message


def test_the_quote_shows_what_the_client_pays_and_the_freelancer_receives(settings):
    settings.FREELANCER_FEE_BPS = 500
    settings.CLIENT_CARD_FEE_BPS = 340
    q = quote(100_000, "USD")
    assert (q.freelancer_fee, q.freelancer_receives) == (5_000, 95_000)
    assert (q.client_card_fee, q.client_pays_by_card) == (3_400, 103_400)
    assert q.formatted()["client_pays_by_card"] == "$1,034.00"


def test_contracts_are_visible_only_to_their_parties(
    freelancer, stranger_freelancer, stranger_client
):
    contract = draft_contract(freelancer)
    from directcontracts.contracts.models import Contract

    assert list(Contract.objects.visible_to(freelancer)) == [contract]
    assert not Contract.objects.visible_to(stranger_freelancer).exists()
    assert not Contract.objects.visible_to(stranger_client).exists()


def test_due_dates_use_the_project_clock(freelancer, frozen_clock):
    frozen_clock.advance(days=400)
    contract = draft_contract(freelancer, milestones=[milestone(days=1)])
    assert contract.milestones.get().due_date == (clock.now() + timedelta(days=1)).date()


def test_a_contract_records_the_catalog_version_it_was_created_under(freelancer):
    from directcontracts.catalog.selectors import current_version

    assert draft_contract(freelancer).catalog_version == current_version().number


def test_a_category_outside_the_catalog_is_refused(freelancer):
    with pytest.raises(DomainError) as refused:
        draft_contract(freelancer, category_slug="house-cleaning")
    assert refused.value.code.startswith("category_")
    assert "/categories/" in refused.value.message
