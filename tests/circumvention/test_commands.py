import json

import pytest
from django.core.management import call_command

from directcontracts.circumvention.models import (
    Checkpoint,
    CircumventionCheck,
    MarketplaceAccount,
    RescanProgress,
)
from directcontracts.circumvention.services import check_client, import_marketplace_accounts

pytestmark = pytest.mark.django_db


def test_import_marketplace_accounts_reads_json_lines(tmp_path, capsys):
    path = tmp_path / "accounts.jsonl"
    path.write_text(
        json.dumps({"id": "ext_1", "email": "A.B@Gmail.com", "name": "A B"}) + "\n",
        encoding="utf-8",
    )
    call_command("import_marketplace_accounts", str(path))
    assert "imported=1" in capsys.readouterr().out
    assert MarketplaceAccount.objects.get().email_key == "ab@gmail.com"


def allowed_client_who_later_matches():
    import_marketplace_accounts(
        records=[{"id": f"f{i}", "name": f"Filler Person{i}"} for i in range(200)]
    )
    check_client(
        subject="invitation:1",
        checkpoint=Checkpoint.FUNDING,
        email="late@proton.me",
        payment_fingerprint="pf_late",
    )
    check_client(subject="invitation:2", checkpoint=Checkpoint.FUNDING, email="fine@proton.me")
    # The existing account is imported only after the client was allowed.
    import_marketplace_accounts(
        records=[{"id": "old", "email": "old@gmail.com", "payment_fingerprint": "pf_late"}]
    )


@pytest.mark.parametrize("engine", ["index", "splink"])
def test_rescan_holds_new_matches_for_review(engine, capsys):
    allowed_client_who_later_matches()
    call_command("rescan_circumvention", engine=engine, verbosity=0)
    held = CircumventionCheck.objects.filter(checkpoint=Checkpoint.RESCAN)
    assert [(c.subject, c.review_state, c.matched_account.external_id) for c in held] == [
        ("invitation:1", CircumventionCheck.ReviewState.HELD, "old")
    ]
    assert "new_matches=1" in capsys.readouterr().out


def test_rescan_does_not_hold_the_same_match_twice():
    allowed_client_who_later_matches()
    call_command("rescan_circumvention", engine="index", verbosity=0)
    call_command("rescan_circumvention", engine="index", verbosity=0)
    assert CircumventionCheck.objects.filter(checkpoint=Checkpoint.RESCAN).count() == 1


def test_interrupted_rescan_resumes_after_the_last_subject():
    allowed_client_who_later_matches()
    RescanProgress.objects.create(name="default", last_subject="invitation:1", checked=1)
    call_command("rescan_circumvention", engine="index", verbosity=0)
    assert not CircumventionCheck.objects.filter(checkpoint=Checkpoint.RESCAN).exists()
    assert RescanProgress.objects.get().checked == 2


@pytest.mark.parametrize("engine", ["index", "splink"])
def test_rescan_finds_an_account_whose_phone_is_one_digit_away(engine):
    import_marketplace_accounts(
        records=[{"id": f"f{i}", "name": f"Filler Person{i}"} for i in range(200)]
    )
    check_client(
        subject="invitation:7",
        checkpoint=Checkpoint.FUNDING,
        email="tb@web.de",
        name="Tessa Brandt",
        phone="+49 151 2345789",
        country="DE",
    )
    import_marketplace_accounts(
        records=[
            {
                "id": "old",
                "email": "tessa@gmail.com",
                "name": "Tessa Brandt",
                "phone": "+49 151 23456789",
                "country": "DE",
            }
        ]  # fmt: skip
    )
    call_command("rescan_circumvention", engine=engine, verbosity=0)
    held = CircumventionCheck.objects.get(checkpoint=Checkpoint.RESCAN)
    assert held.matched_account.external_id == "old"
    assert {"field": "phone", "level": "one_digit_apart"}.items() <= next(
        s for s in held.signals if s["field"] == "phone"
    ).items()
