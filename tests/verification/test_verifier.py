"""The verifier's answers: genuine, expired, revoked, forged, unknown and foreign domains."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from django.core import mail

from directcontracts.contracts import invitations
from directcontracts.contracts.signed_requests import open_codes_of
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.verification import codes, keys
from directcontracts.verification.models import SignedRequest, SuspiciousDomain
from directcontracts.verification.services import verify_text
from directcontracts.verification.signing import latest_for
from tests.contracts.factories import active_contract, sent_invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(freelancer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        contract, invitation, _ = sent_invitation(freelancer, title="Bakery website")
    return contract, invitation, invitation.verification


def _tampered(token: str, **changes) -> str:
    version, kid, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims.update(changes)
    raw = json.dumps(claims, separators=(",", ":")).encode()
    forged = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
    return f"{version}.{kid}.{forged}.{signature}"


def test_a_genuine_invitation_code_shows_only_title_freelancer_amount_and_currency(invited):
    contract, _, issued = invited
    answer = verify_text(issued.code).as_dict()
    assert answer["genuine"] is True
    assert answer["status"] == "genuine"
    assert answer["contract"] == {
        "title": "Bakery website",
        "freelancer": contract.freelancer.display_name,
        "amount_minor": issued.request.amount_minor,
        "currency": "USD",
    }


def test_the_code_is_found_however_it_is_typed(invited):
    _, _, issued = invited
    typed = issued.code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert verify_text(f"my code is {typed}.").status == "genuine"


def test_the_genuine_verify_link_from_the_email_is_genuine(invited):
    _, _, issued = invited
    assert verify_text(f"Hello, please check {issued.verify_url} thanks").status == "genuine"


def test_a_pasted_invitation_email_is_genuine(invited):
    assert verify_text(mail.outbox[-1].body).status == "genuine"


def test_every_invitation_email_says_how_to_verify_it(invited):
    _, _, issued = invited
    assert "/verify/" in mail.outbox[-1].body
    assert issued.code in mail.outbox[-1].body


def test_an_expired_request_is_expired_and_reveals_nothing(invited):
    _, _, issued = invited
    clock.freeze(issued.request.expires_at + timedelta(seconds=1))
    answer = verify_text(issued.code).as_dict()
    assert (answer["status"], answer["contract"], answer["genuine"]) == ("expired", None, False)


def test_a_withdrawn_invitation_is_revoked(invited, freelancer):
    contract, _, issued = invited
    invitations.revoke_invitation(contract=contract, by=freelancer)
    answer = verify_text(issued.code)
    assert (answer.status, answer.contract()) == ("revoked", None)
    assert "withdrew" in answer.advice


def test_a_resent_invitation_revokes_the_old_code(invited, freelancer):
    contract, _, issued = invited
    invitations.resend_invitation(contract=contract, by=freelancer)
    assert verify_text(issued.code).status == "revoked"
    newest = latest_for(f"invitation:{contract.invitations.order_by('-id').first().pk}")
    assert verify_text(newest.code).status == "genuine"


def test_a_paid_funding_request_is_revoked(freelancer, monkeypatch, frozen_clock):
    from directcontracts.contracts import escrow
    from tests.contracts.factories import card

    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    issued = latest_for(f"milestone:{milestone.pk}")
    assert verify_text(issued.code).status == "genuine"
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    assert verify_text(issued.code).status == "revoked"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("i", 999999),
        ("k", "refund_request"),
        ("c", 424242),
        ("m", 5),
        ("a", 1),
        ("u", "EUR"),
        ("r", "0" * 16),
        ("x", 4102444800),
    ],
)
def test_a_token_with_any_covered_field_changed_is_forged(invited, field, value):
    _, _, issued = invited
    answer = verify_text(_tampered(issued.token, **{field: value}))
    assert (answer.status, answer.contract()) == ("forged", None)


def test_a_token_signed_with_a_wrong_key_is_forged(invited, settings):
    _, _, issued = invited
    settings.VERIFICATION_SECRET = "another-server-entirely-" * 3
    assert verify_text(issued.token).status == "forged"


def test_a_rotated_key_still_verifies_until_it_is_retired(invited):
    _, _, issued = invited
    old = issued.request.kid
    keys.rotate_key()
    assert verify_text(issued.token).status == "genuine"
    keys.retire_key(old)
    assert verify_text(issued.token).status == "forged"


def test_the_only_key_in_use_cannot_be_retired(invited):
    with pytest.raises(DomainError, match="rotate first"):
        keys.retire_key(invited[2].request.kid)


def test_new_requests_are_signed_with_the_rotated_key(freelancer):
    keys.active_key()
    new = keys.rotate_key()
    _, invitation, _ = sent_invitation(freelancer)
    assert invitation.verification.request.kid == new.kid


def test_an_unknown_code_is_unknown():
    assert verify_text("DC-7K3Q-9XWM-P2HD-4R").status == "unknown"


def test_an_invitation_link_with_a_broken_signature_is_forged(invited, settings):
    link = invited[1].link
    assert verify_text(link).status == "genuine"
    assert verify_text(link[:-8] + "AAAAAAA/").status == "forged"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("https://127.0.0.1.evil.test/invitations/abc/", "127.0.0.1.evil.test"),
        ("pay here: http://payments-evil.test/verify/?t=dcv1.k1.x.y", "payments-evil.test"),
        ("https://127.0.0.1@evil.test/invitations/abc/", "evil.test"),
        ("https://xn--dirctcontracts-vmb.test/contracts/1/", "xn--dirctcontracts-vmb.test"),
        ("https://evil.test\\@127.0.0.1/invitations/x/", "evil.test"),
        ("evil.test/pay/now", "evil.test"),
    ],
)
def test_a_look_alike_link_on_another_domain_is_foreign_and_named(text, named):
    answer = verify_text(text)
    assert answer.status == "foreign_domain"
    assert named in answer.advice
    assert answer.contract() is None


def test_a_genuine_code_beside_a_look_alike_link_is_still_foreign(invited):
    answer = verify_text(f"code {invited[2].code} pay at https://dc-payments.test/pay/")
    assert answer.status == "foreign_domain"


def test_other_domains_in_the_text_are_named_in_the_advice(invited):
    answer = verify_text(f"{invited[2].code} see https://news.example.org/story")
    assert answer.status == "genuine"
    assert "news.example.org" in answer.advice


@pytest.fixture
def raised(monkeypatch):
    """The concerns the verifier raises, kept instead of filed."""
    concerns = []
    monkeypatch.setattr(
        "directcontracts.verification.services.raise_concern", lambda c: concerns.append(c)
    )
    return concerns


def test_look_alike_checks_are_counted_per_domain_and_raised_once_then_tenfold(raised):
    for _ in range(12):
        verify_text("https://evil.test/invitations/x/")
    assert SuspiciousDomain.objects.get(domain="evil.test").foreign_count == 12
    assert [c.evidence["checks"] for c in raised] == [1, 10]
    assert raised[0].source == "verification"
    assert raised[0].target_id == "evil.test"


def test_a_domains_concerns_count_its_checks_in_words_people_read(raised):
    for _ in range(10):
        verify_text("https://evil.test/invitations/x/")
    assert [c.summary.split(" of ")[0] for c in raised] == [
        "Phishing: 1 check",
        "Phishing: 10 checks",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x02\xff binary",
        "dcv1." + "A" * 5000,
        "dcv1.k1..",
        "dcv1.<script>.a.b",
        "DC-" + "Z" * 40,
        "http://[::1",
        "https://" + "a." * 3000,
        "ÿ" * 19_999,
    ],
)
def test_garbage_gets_an_answer_not_an_error(text):
    assert verify_text(text).status in {"unknown", "forged", "foreign_domain"}


def test_text_over_the_limit_is_refused_with_a_clear_code():
    with pytest.raises(DomainError) as refused:
        verify_text("a" * 20_001)
    assert refused.value.code == "verify_text_too_long"


def test_empty_text_is_refused_with_a_clear_code():
    with pytest.raises(DomainError) as refused:
        verify_text("   ")
    assert refused.value.code == "verify_text_empty"


def test_codes_have_at_least_60_bits_and_no_look_alike_characters():
    assert len(codes.ALPHABET) ** codes.LENGTH >= 2**60
    assert not set("ILOU") & set(codes.ALPHABET)
    assert codes.display("7K3Q9XWMP2HD4R") == "DC-7K3Q-9XWM-P2HD-4R"


def test_a_refund_request_is_signed_and_its_notice_says_how_to_verify(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow
    from tests.contracts.factories import funded_milestone

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    request = escrow.request_refund(milestone=milestone, by=client, reason="Not delivered.")
    issued = latest_for(f"refund:{request.pk}")
    assert verify_text(issued.code).status == "genuine"
    assert issued.code in freelancer.notices.order_by("-id").first().body


def test_the_contract_page_lists_the_open_codes(invited):
    contract, _, issued = invited
    assert open_codes_of(contract) == [("Invitation", issued.code)]


def test_nothing_is_stored_in_clear_but_the_code(invited):
    request = SignedRequest.objects.get()
    assert "@" not in request.recipient_digest


def test_a_funding_request_of_an_ended_contract_is_revoked_and_no_longer_listed(
    freelancer, monkeypatch
):
    from directcontracts.contracts import changes

    contract, _ = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    issued = latest_for(f"milestone:{milestone.pk}")
    changes.end_contract(contract=contract, by=freelancer)
    contract.refresh_from_db()
    verdict = verify_text(issued.code)
    assert verdict.status == "revoked"
    assert open_codes_of(contract) == []
