import pytest
from django.contrib.auth.models import Group

from directcontracts.core import staff_home
from directcontracts.core.staff_home import StaffLink, register_staff_link, staff_links_for
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

QUEUE = StaffLink(group="trust_safety", title="Queue", url_name="x:queue", description="d")
INBOX = StaffLink(group="support", title="Inbox", url_name="x:inbox", description="d")


@pytest.fixture(autouse=True)
def only_test_links(monkeypatch):
    monkeypatch.setattr(staff_home, "_links", [])
    register_staff_link(QUEUE)
    register_staff_link(INBOX)


def test_a_staff_member_sees_only_the_links_of_their_groups():
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get_or_create(name="support")[0])
    assert staff_links_for(user) == [INBOX]


def test_a_superuser_sees_every_link():
    assert staff_links_for(UserFactory(is_staff=True, is_superuser=True)) == [INBOX, QUEUE]


def test_someone_who_is_not_staff_sees_no_links():
    user = UserFactory()
    user.groups.add(Group.objects.get_or_create(name="support")[0])
    assert staff_links_for(user) == []


def test_registering_the_same_page_twice_keeps_one_link():
    register_staff_link(QUEUE)
    assert len(staff_home._links) == 2
