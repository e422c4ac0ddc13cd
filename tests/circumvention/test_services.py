import pytest

from directcontracts.circumvention.errors import CircumventionErrorCode
from directcontracts.circumvention.models import (
    Checkpoint,
    CircumventionCheck,
    IdentitySignal,
    MarketplaceAccount,
)
from directcontracts.circumvention.services import (
    check_client,
    import_marketplace_accounts,
    refusal_for_client,
    refusal_for_freelancer,
    register_local_account,
    resolve_review,
)
from directcontracts.core.errors import DomainError
from tests.circumvention.factories import MarketplaceAccountFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def population(db):
    """Enough unrelated accounts for frequency weights to mean something."""
    import_marketplace_accounts(
        records=[
            {"id": f"filler_{i}", "name": f"Filler Person{i}", "country": "FR"} for i in range(300)
        ]
    )


@pytest.mark.parametrize(
    "checkpoint",
    [Checkpoint.INVITATION_ACCEPTED, Checkpoint.PAYMENT_METHOD_ADDED, Checkpoint.FUNDING],
)
def test_existing_holder_behind_a_gmail_alias_is_blocked_at_each_check_point(
    population, client_user, checkpoint
):
    register_local_account(user=client_user, extra={"email": "carl.client@gmail.com"})
    check = check_client(
        subject="invitation:1",
        checkpoint=checkpoint,
        email="Carl.Client+direct@googlemail.com",
        name="Carl Client",
    )
    assert check.decision == CircumventionCheck.Decision.BLOCK
    assert check.matched_account.user == client_user


def test_check_records_the_identity_signals_it_was_given(population):
    check_client(
        subject="invitation:2",
        checkpoint=Checkpoint.INVITATION_ACCEPTED,
        email="x@example.org",
        ip="192.0.2.1",
        user_agent="UA/1",
    )
    kinds = set(
        IdentitySignal.objects.filter(subject="invitation:2").values_list("kind", flat=True)
    )
    assert kinds == {"email", "ip", "user_agent"}


def test_new_client_is_allowed_without_a_match(population):
    check = check_client(
        subject="invitation:3",
        checkpoint=Checkpoint.INVITATION_ACCEPTED,
        email="brand.new@example.org",
        name="Brand New",
    )
    assert (check.decision, check.matched_account) == (CircumventionCheck.Decision.ALLOW, None)
    assert refusal_for_client(check) is None


def test_shared_card_is_blocked_with_evidence_side_by_side(population):
    MarketplaceAccountFactory(
        external_id="acc_9", email="old@yahoo.com", name="Olga Petrova", payment_fingerprint="pf_77"
    )
    check = check_client(
        subject="invitation:4",
        checkpoint=Checkpoint.FUNDING,
        email="fresh@proton.me",
        name="Olga P.",
        payment_fingerprint="pf_77",
    )
    assert check.decision == CircumventionCheck.Decision.BLOCK
    assert check.matched["email"] == "old@yahoo.com"
    assert check.candidate["email"] == "fresh@proton.me"
    assert any(s["field"] == "payment_fingerprint" for s in check.signals)


def test_same_device_with_a_different_name_is_held_for_review(population):
    MarketplaceAccountFactory(
        external_id="acc_dev", name="Helmut Krause", country="DE", device_id="Pixel8:0011"
    )
    check = check_client(
        subject="invitation:5",
        checkpoint=Checkpoint.INVITATION_ACCEPTED,
        name="Sofia Reyes",
        country="DE",
        device_id="Pixel8:0011",
    )
    assert check.decision == CircumventionCheck.Decision.REVIEW
    assert check.review_state == CircumventionCheck.ReviewState.HELD
    assert refusal_for_client(check).code == CircumventionErrorCode.HELD_FOR_REVIEW


def test_the_client_never_matches_their_own_new_account(population, client_user):
    register_local_account(user=client_user)
    check = check_client(
        subject="invitation:6",
        checkpoint=Checkpoint.FUNDING,
        email=client_user.email,
        client=client_user,
    )
    assert check.decision == CircumventionCheck.Decision.ALLOW


def test_freelancer_refusal_does_not_reveal_the_other_account(population, client_user):
    register_local_account(user=client_user)
    check = check_client(
        subject="invitation:7", checkpoint=Checkpoint.INVITATION_ACCEPTED, email=client_user.email
    )
    client_message = refusal_for_client(check)
    freelancer_message = refusal_for_freelancer(check)
    assert client_message.code == CircumventionErrorCode.EXISTING_ACCOUNT
    assert "sign in" in client_message.message
    assert client_user.email not in freelancer_message.message
    assert "marketplace" in freelancer_message.message


def test_unknown_check_point_is_refused(population):
    with pytest.raises(DomainError):
        check_client(subject="invitation:8", checkpoint="whenever", email="a@b.example")


def test_trust_and_safety_confirms_a_held_check(population, trust_safety_staff):
    MarketplaceAccountFactory(external_id="acc_d2", name="Helmut Krause", device_id="Pixel8:0022")
    check = check_client(
        subject="invitation:9",
        checkpoint=Checkpoint.FUNDING,
        name="Sofia Reyes",
        device_id="Pixel8:0022",
    )
    resolved = resolve_review(check=check, by=trust_safety_staff, confirmed=True)
    assert resolved.review_state == CircumventionCheck.ReviewState.CONFIRMED
    assert refusal_for_client(resolved).code == CircumventionErrorCode.EXISTING_ACCOUNT


def test_only_trust_and_safety_resolves_held_checks(population, support_staff):
    MarketplaceAccountFactory(external_id="acc_d3", name="Helmut Krause", device_id="Pixel8:0033")
    check = check_client(
        subject="invitation:10",
        checkpoint=Checkpoint.FUNDING,
        name="Sofia Reyes",
        device_id="Pixel8:0033",
    )
    with pytest.raises(DomainError):
        resolve_review(check=check, by=support_staff, confirmed=False)


def test_a_resolved_check_cannot_be_resolved_again(population, trust_safety_staff):
    MarketplaceAccountFactory(external_id="acc_d4", name="Helmut Krause", device_id="Pixel8:0044")
    check = check_client(
        subject="invitation:11",
        checkpoint=Checkpoint.FUNDING,
        name="Sofia Reyes",
        device_id="Pixel8:0044",
    )
    resolve_review(check=check, by=trust_safety_staff, confirmed=False)
    with pytest.raises(DomainError):
        resolve_review(check=check, by=trust_safety_staff, confirmed=True)


def test_import_refreshes_an_account_by_its_id(db):
    import_marketplace_accounts(records=[{"id": "x1", "email": "a@gmail.com"}])
    import_marketplace_accounts(records=[{"id": "x1", "email": "b@gmail.com"}])
    assert list(MarketplaceAccount.objects.values_list("email_key", flat=True)) == ["b@gmail.com"]


def _spouse_check(subject: str, email: str = "petr.novak@seznam.example") -> CircumventionCheck:
    return check_client(
        subject=subject,
        checkpoint=Checkpoint.FUNDING,
        email=email,
        name="Petr Novak",
        country="CZ",
        payment_fingerprint="pf_family",
    )


@pytest.fixture
def holder(population):
    return MarketplaceAccountFactory(
        external_id="acc_anna",
        email="anna.novakova@gmail.com",
        name="Anna Novak",
        country="CZ",
        payment_fingerprint="pf_family",
    )


def test_a_relative_on_the_holders_card_is_held_for_review_not_blocked(holder):
    check = _spouse_check("invitation:20")
    assert check.decision == CircumventionCheck.Decision.REVIEW
    levels = {s["level"] for s in check.signals}
    assert "given_name_conflicts" in levels
    assert refusal_for_client(check).code == CircumventionErrorCode.HELD_FOR_REVIEW


def test_the_held_person_explains_and_trust_and_safety_see_it_on_the_case(holder):
    from directcontracts.circumvention.services import explain_review
    from directcontracts.trust.models import Case

    _spouse_check("invitation:21")
    check = explain_review(subject="invitation:21", text="I pay with my wife's card.")
    assert check.explanation == "I pay with my wife's card."
    case = Case.objects.get(target_kind="circumvention_check", target_id=str(check.pk))
    assert case.signals.filter(evidence__explanation="I pay with my wife's card.").exists()


def test_an_empty_explanation_is_refused(holder):
    from directcontracts.circumvention.services import explain_review

    _spouse_check("invitation:22")
    with pytest.raises(DomainError):
        explain_review(subject="invitation:22", text="   ")


def test_an_explanation_with_control_characters_is_refused_and_not_kept(holder):
    from directcontracts.circumvention.services import explain_review

    _spouse_check("invitation:25")
    with pytest.raises(DomainError) as refused:
        explain_review(subject="invitation:25", text="My wife\x00's card\x1b[2J")
    assert refused.value.code == "control_characters"
    assert (
        not CircumventionCheck.objects.filter(subject="invitation:25")
        .exclude(explanation="")
        .exists()
    )


def test_a_pair_cleared_once_is_not_held_twice(holder, trust_safety_staff):
    first = _spouse_check("invitation:23")
    resolve_review(check=first, by=trust_safety_staff, confirmed=False)
    again = _spouse_check("invitation:24")
    assert again.decision == CircumventionCheck.Decision.ALLOW
    assert any(s["level"] == "cleared_before_for_this_pair" for s in again.signals)


def test_another_person_on_the_same_card_is_still_held_after_a_clearance(
    holder, trust_safety_staff
):
    first = _spouse_check("invitation:25")
    resolve_review(check=first, by=trust_safety_staff, confirmed=False)
    other = _spouse_check("invitation:26", email="someone.else@seznam.example")
    assert other.decision == CircumventionCheck.Decision.REVIEW
