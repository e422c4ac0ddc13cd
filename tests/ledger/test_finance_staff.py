"""One finance-group check (`ledger.staff.is_finance_staff`) for every finance page and
action: support, Trust & Safety and clients are told the page does not exist (404,
`not_found`) and the services refuse them (403, `permission_denied`)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.errors import PermissionDenied
from directcontracts.ledger.alerts import raise_alert, resolve_alert
from directcontracts.ledger.models import FinanceAlert, FinanceAlertKind
from directcontracts.ledger.staff import is_finance_staff
from directcontracts.payments import refused_refunds
from directcontracts.payments.gateway_models import GatewayRequest
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_as
from tests.payments.factories import refused_refund_rows

pytestmark = pytest.mark.django_db

OUTSIDERS = ["support_staff", "trust_safety_staff", "client_user"]


@pytest.fixture
def refused():
    [request] = refused_refund_rows(1)
    return request


def _finance_pages(refused) -> list[tuple[str, str]]:
    """Every finance page and form this app and payments draw (method, address)."""
    return [
        ("get", reverse("ledger:books")),
        ("get", reverse("payments:refused_refunds")),
        ("get", reverse("payments:refused_refund", args=[refused.pk])),
        ("post", reverse("payments:retry_refund", args=[refused.pk])),
    ]


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_every_finance_page_and_form_is_not_found_for_anyone_outside_finance(
    client, refused, persona, request
):
    sign_in_as(client, request.getfixturevalue(persona))
    for method, url in _finance_pages(refused):
        response = getattr(client, method)(
            url, {"reason": "Let me in."} if method == "post" else {}
        )
        assert response.status_code == 404, url
        assert 'data-error-code="not_found"' in response.content.decode(), url
    assert not GatewayRequest.objects.filter(retry_of=refused).exists()


@pytest.mark.parametrize("persona", ["support_staff", "trust_safety_staff"])
def test_the_finance_back_office_pages_are_refused_to_other_staff(
    client, refused, persona, request
):
    alert = raise_alert(kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED, key="k", detail={})
    sign_in_as(client, request.getfixturevalue(persona))
    for url in (
        "/admin/ledger/financealert/",
        f"/admin/ledger/financealert/{alert.pk}/change/",
        "/admin/ledger/transfer/",
        "/admin/payments/payout/",
    ):
        response = client.get(url)
        assert response.status_code in (403, 404), url
        code = "permission_denied" if response.status_code == 403 else "not_found"
        assert f'data-error-code="{code}"' in response.content.decode(), url


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_the_finance_services_refuse_anyone_outside_finance_with_a_stable_code(
    refused, persona, request
):
    someone = request.getfixturevalue(persona)
    alert = raise_alert(kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED, key="k", detail={})
    with pytest.raises(PermissionDenied) as retry_refused:
        refused_refunds.retry_refused_refund(request_id=refused.pk, by=someone, reason="Again")
    with pytest.raises(PermissionDenied) as resolve_refused:
        resolve_alert(alert=alert, by=someone, note="Explained.")
    assert retry_refused.value.code == resolve_refused.value.code == "permission_denied"
    assert retry_refused.value.status == resolve_refused.value.status == 403
    assert not FinanceAlert.objects.get(pk=alert.pk).resolved


def test_finance_staff_are_finance(finance_staff):
    assert is_finance_staff(finance_staff)


def test_a_deactivated_finance_member_is_not_finance(finance_staff):
    finance_staff.is_active = False
    assert not is_finance_staff(finance_staff)


def test_a_finance_group_member_without_staff_access_is_not_finance():
    assert not is_finance_staff(StaffFactory(is_staff=False, groups=["finance"]))


def test_a_visitor_is_not_finance():
    from django.contrib.auth.models import AnonymousUser

    assert not is_finance_staff(AnonymousUser())
    assert not is_finance_staff(None)
