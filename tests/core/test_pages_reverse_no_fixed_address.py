"""The dashboard, the contract list and the earnings page reverse no address in their templates
(issue 19, fifteenth round): the addresses without arguments come from `{% fixed_url %}`, the
dashboard's contract links from one reverse for all rows, and each is the address `reverse`
gives."""

from __future__ import annotations

import pytest
from django.template import defaulttags
from django.urls import reverse

from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def template_reverses(monkeypatch):
    """The `{% url %}` tags rendered (each a walk of the resolver)."""
    made: list[str] = []
    real = defaulttags.URLNode.render

    def counting(node, context):
        made.append(str(node.view_name))
        return real(node, context)

    monkeypatch.setattr(defaulttags.URLNode, "render", counting)
    return made


@pytest.mark.parametrize("path", ["/", "/contracts/", "/earnings/"])
def test_a_freelancers_page_reverses_no_address_in_its_template(
    client, freelancer, monkeypatch, template_reverses, path
):
    active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    answer = client.get(path)
    assert answer.status_code == 200
    assert template_reverses == []


def test_the_dashboards_contract_links_are_the_reversed_addresses(client, freelancer, monkeypatch):
    contracts = [
        active_contract(freelancer, monkeypatch, client_email=f"client{n}@example.org")[0]
        for n in range(3)
    ]
    client.force_login(freelancer)
    page = client.get("/").content.decode()
    for contract in contracts:
        address = reverse("contracts:detail", args=[contract.pk])
        assert f'<li><a href="{address}">#{contract.pk} {contract.title}</a>' in page
    assert f'<a href="{reverse("contracts:list")}">All contracts</a>' in page
    assert f'href="{reverse("contracts:create")}">New Direct Contract</a>' in page
    assert f'<a href="{reverse("contracts:earnings")}">Earnings and payouts</a>' in page
