"""The demo as a first-time visitor meets it: notices that lead somewhere, a payout to try."""

import pytest
from django.core.management import call_command

from directcontracts.accounts.models import User
from directcontracts.contracts.models import Contract
from directcontracts.contracts.paying import withdrawable
from directcontracts.notifications.models import Notice

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(frozen_clock, settings):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115 - quiet


def test_every_demo_notice_that_names_a_contract_links_to_one_that_exists(demo):
    for notice in Notice.objects.exclude(url=""):
        if notice.url.startswith("/contracts/"):
            number = notice.url.split("/")[2]
            assert Contract.objects.filter(pk=int(number)).exists(), notice.url


def test_every_demo_notice_about_a_contract_or_a_dispute_names_its_contract(demo):
    about_a_contract = Notice.objects.filter(url__regex=r"^/(contracts|disputes)/[0-9]")
    assert about_a_contract.exists()
    assert not about_a_contract.filter(about="").exists()
    assert about_a_contract.filter(about__startswith="Contract #").count() == (
        about_a_contract.count()
    )


def test_the_demo_freelancer_can_try_a_payout_at_once(demo):
    freelancer = User.objects.get_by_email("freelancer@demo.test")
    assert withdrawable(freelancer, "USD") > 0


def test_the_demo_client_has_each_card_saved_once(demo):
    from django.db.models import Count

    from directcontracts.payments.models import PaymentMethod

    repeated = (
        PaymentMethod.objects.filter(removed_at__isnull=True)
        .values("owner", "fingerprint")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
    )
    assert list(repeated) == []


def test_no_demo_notice_names_its_contract_in_its_title_too(demo):
    named = Notice.objects.filter(about__startswith="Contract #")
    assert named.exists()
    for notice in named:
        contract_title = notice.about.split(": ", 1)[1]
        assert contract_title not in notice.title, notice.title
