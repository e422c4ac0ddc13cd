"""The site header shows each person only the links they can use: a staff member with no
freelancer or client profile gets no "Contracts", and every link it shows opens."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.accounts.factories import FreelancerProfileFactory
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


class _MainNav(HTMLParser):
    """The words and addresses of the links in the header's main navigation."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.href: str | None = None
        self.links: dict[str, str] = {}
        self._words: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "nav" and attributes.get("aria-label") == "Main":
            self.depth = 1
        elif tag == "nav" and self.depth:
            self.depth += 1
        elif tag == "a" and self.depth:
            self.href, self._words = attributes.get("href"), []

    def handle_endtag(self, tag):
        if tag == "nav" and self.depth:
            self.depth -= 1
        elif tag == "a" and self.href is not None:
            self.links[" ".join("".join(self._words).split())] = self.href
            self.href = None

    def handle_data(self, data):
        if self.href is not None:
            self._words.append(data)


def _header_links(client) -> dict[str, str]:
    parser = _MainNav()
    parser.feed(client.get(reverse("home")).content.decode())
    return parser.links


@pytest.fixture
def staff_by_group(trust_safety_staff, support_staff, finance_staff):
    return {"trust_safety": trust_safety_staff, "support": support_staff, "finance": finance_staff}


@pytest.mark.parametrize("group", ["trust_safety", "support", "finance"])
def test_a_staff_member_without_a_profile_sees_no_contracts_earnings_or_billing_link(
    client, staff_by_group, group
):
    staff_session(client, staff_by_group[group])
    links = _header_links(client)
    assert "Staff home" in links
    assert not {"Contracts", "Earnings", "Billing"} & set(links)


@pytest.mark.parametrize("group", ["trust_safety", "support", "finance"])
def test_every_header_link_a_staff_member_sees_opens_for_them(client, staff_by_group, group):
    staff_session(client, staff_by_group[group])
    for words, href in _header_links(client).items():
        assert client.get(href).status_code == 200, (words, href)


def test_only_support_staff_see_the_support_queue_in_the_header(
    client, support_staff, finance_staff
):
    staff_session(client, support_staff)
    assert "Support queue" in _header_links(client)
    staff_session(client, finance_staff)
    assert "Support queue" not in _header_links(client)


def test_a_staff_member_who_also_works_as_a_freelancer_sees_both_sets_of_links(
    client, trust_safety_staff
):
    trust_safety_staff.is_freelancer = True
    trust_safety_staff.save(update_fields=["is_freelancer"])
    FreelancerProfileFactory(user=trust_safety_staff)
    staff_session(client, trust_safety_staff)
    links = _header_links(client)
    assert {"Contracts", "Earnings", "Staff home", "Back office"} <= set(links)
    for words, href in links.items():
        assert client.get(href).status_code == 200, (words, href)


@pytest.mark.parametrize("persona", ["freelancer", "client_user"])
def test_every_header_link_a_freelancer_or_client_sees_opens_for_them(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    links = _header_links(client)
    assert "Contracts" in links
    assert "Staff home" not in links
    for words, href in links.items():
        assert client.get(href).status_code == 200, (words, href)


def test_the_header_names_the_help_center_so_it_is_not_confused_with_get_help(client):
    links = _header_links(client)
    assert links["Help Center"] == reverse("helpcenter:index")
    assert links["Get Help"] == reverse("support:new")
    assert "Help" not in links


@pytest.mark.parametrize("group", ["trust_safety", "support", "finance"])
def test_a_staff_member_without_a_profile_sees_staff_home_instead_of_dashboard(
    client, staff_by_group, group
):
    staff_session(client, staff_by_group[group])
    links = _header_links(client)
    assert "Dashboard" not in links
    assert links["Staff home"] == reverse("staff_home")


def test_a_staff_member_who_also_works_as_a_freelancer_keeps_the_dashboard_link(
    client, trust_safety_staff
):
    trust_safety_staff.is_freelancer = True
    trust_safety_staff.save(update_fields=["is_freelancer"])
    FreelancerProfileFactory(user=trust_safety_staff)
    staff_session(client, trust_safety_staff)
    assert _header_links(client)["Dashboard"] == reverse("home")
