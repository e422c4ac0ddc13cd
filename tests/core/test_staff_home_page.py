"""The staff home (/staff/) and the least privilege of each staff group, member by member."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import escape

from directcontracts.accounts.demo import STAFF_GROUP_PERMISSIONS
from directcontracts.core import staff_home
from directcontracts.core.staff_home import staff_links_for
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db

GROUPS = ["trust_safety", "support", "finance"]


@pytest.fixture
def staff_by_group(trust_safety_staff, support_staff, finance_staff):
    return {"trust_safety": trust_safety_staff, "support": support_staff, "finance": finance_staff}


def _granted(group: str) -> set[str]:
    permissions = Group.objects.get(name=group).permissions.select_related("content_type")
    return {f"{p.content_type.app_label}.{p.codename}" for p in permissions}


@pytest.mark.parametrize("group", GROUPS)
def test_each_staff_group_holds_exactly_the_permissions_its_job_needs(group):
    assert _granted(group) == set(STAFF_GROUP_PERMISSIONS[group])


@pytest.mark.parametrize("group", GROUPS)
def test_every_link_on_a_members_staff_home_opens_for_that_member(client, staff_by_group, group):
    member = staff_by_group[group]
    staff_session(client, member)
    links = staff_links_for(member)
    assert links
    for link in links:
        assert client.get(reverse(link.url_name)).status_code == 200, link.url_name


@pytest.mark.parametrize("group", GROUPS)
def test_the_staff_home_lists_a_members_consoles_and_no_one_elses(client, staff_by_group, group):
    staff_session(client, staff_by_group[group])
    page = client.get(reverse("staff_home")).content.decode()
    for link in staff_home._links:
        assert (escape(link.title) in page) == link.is_for({group}), link.title


def test_trust_and_safety_cannot_open_finance_pages(client, trust_safety_staff):
    staff_session(client, trust_safety_staff)
    response = client.get(reverse("admin:ledger_transfer_changelist"))
    assert response.status_code in (302, 403)


def test_finance_cannot_work_the_trust_and_safety_queue(client, finance_staff):
    staff_session(client, finance_staff)
    assert client.get(reverse("trust:queue")).status_code in (403, 404)


def test_support_cannot_read_the_ledger(client, support_staff):
    staff_session(client, support_staff)
    assert client.get(reverse("admin:ledger_entry_changelist")).status_code in (302, 403)


def test_someone_who_is_not_staff_gets_no_staff_home(client, freelancer):
    staff_session(client, freelancer)
    assert client.get(reverse("staff_home")).status_code == 404


def test_the_staff_home_says_how_many_cases_wait(client, trust_safety_staff):
    staff_session(client, trust_safety_staff)
    page = client.get(reverse("staff_home")).content.decode()
    assert 'data-waiting="0"' in page


def test_a_staff_members_dashboard_points_to_the_staff_home(client, support_staff):
    staff_session(client, support_staff)
    assert reverse("staff_home") in client.get(reverse("home")).content.decode()


def test_finances_staff_home_lists_the_chargebacks_they_read(client, finance_staff):
    staff_session(client, finance_staff)
    page = client.get(reverse("staff_home")).content.decode()
    assert reverse("disputes:chargebacks") in page


def test_finances_staff_home_names_only_their_own_group(client, finance_staff):
    staff_session(client, finance_staff)
    page = client.get(reverse("staff_home")).content.decode()
    assert "Staff home · Finance<" in page


@pytest.mark.parametrize(
    ("group", "words"),
    [("trust_safety", "Trust &amp; Safety"), ("support", "Support"), ("finance", "Finance")],
)
def test_the_dashboard_names_a_staff_members_group_in_words_not_its_code(
    client, staff_by_group, group, words
):
    staff_session(client, staff_by_group[group])
    page = client.get(reverse("home")).content.decode()
    assert f"· {words}</p>" in page
    assert "trust_safety" not in page
