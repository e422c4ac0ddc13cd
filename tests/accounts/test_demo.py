from __future__ import annotations

import pytest

from directcontracts.accounts.demo import load_people
from directcontracts.accounts.models import TotpDevice, User
from directcontracts.accounts.services import has_totp

pytestmark = pytest.mark.django_db


def test_demo_staff_get_two_factor_keys_that_are_printed_and_kept():
    lines: list[str] = []
    load_people(lines.append)
    admin = User.objects.get(email="admin@demo.test")
    secret = TotpDevice.objects.get(user=admin).secret
    assert has_totp(admin)
    assert any("admin@demo.test" in line and secret in line for line in lines)
    load_people(lambda line: None)
    assert TotpDevice.objects.get(user=admin).secret == secret


def test_demo_people_who_are_not_staff_keep_two_factor_optional():
    load_people(lambda line: None)
    assert not has_totp(User.objects.get(email="freelancer@demo.test"))
