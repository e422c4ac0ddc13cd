"""Every staff write leaves an audit row naming the staff member.

The staff URLs come from the access sweep (every URL a staff group is entitled to, and the
staff pages that name no object); each is
posted by that group's member with a filled form, and anything that was done (not refused)
must have added a row with that member as actor to one of the audit trails: Trust & Safety's
`AuditEntry`, a dispute's or contract's timeline, or a ticket's events. The back office's own
writes (velocity rules, finance alerts, canned replies, Help Center sections and articles,
screening rule sets) have their tests in tests/trust, tests/ledger, tests/support,
tests/helpcenter and tests/screening."""

from __future__ import annotations

import pytest

from directcontracts.contracts.models import ContractEvent
from directcontracts.disputes.models import DisputeEvent
from directcontracts.support.models import TicketEvent
from directcontracts.trust.models import AuditEntry
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_staff
from tests.core import access_world
from tests.core.url_sweep import (
    FINANCE,
    SUPPORT,
    TRUST,
    staff_routes,
    sweep_request,
    url_of,
)

pytestmark = pytest.mark.django_db

CASE_ACTIONS = ["assign", "warn", "freeze", "unfreeze", "hold", "refund", "uphold", "reopen"]
TRAILS = (AuditEntry, DisputeEvent, TicketEvent, ContractEvent)


def _rows_by(staff) -> int:
    return sum(trail.objects.filter(actor=staff).count() for trail in TRAILS)


# Posts that write nothing, so that no entry is right. (A staff page that only shows
# something answers a POST 405: tests/core/test_every_url_access.py.)
WRITES_NOTHING = {
    "disputes/<int:dispute_id>/mediate/": "its API twin took the dispute first; again is a no-op",
}


def _was_refused(response) -> bool:
    if response.status_code >= 400:
        return True
    if response.streaming:
        return False
    body = response.content.decode(errors="replace")
    return "message-error" in body or 'role="alert"' in body


def _staff_writes(route: str) -> list[str]:
    if route == "trust/cases/<str:reference>/<str:action>/":
        return [route.replace("<str:action>", action) for action in CASE_ACTIONS]
    return [route]


@pytest.mark.parametrize("group", [TRUST, SUPPORT, FINANCE])
def test_every_staff_action_is_on_an_audit_trail_with_its_actor(
    group, client, freelancer, monkeypatch, frozen_clock
):
    world = access_world.build(freelancer, monkeypatch, frozen_clock)
    staff = StaffFactory(email=f"{group}@example.com", groups=[group])
    sign_in_staff(client, staff)
    done, unaudited = [], []
    for route, groups in staff_routes():
        if group not in groups or route in WRITES_NOTHING:
            continue
        for write in _staff_writes(route):
            before = _rows_by(staff)
            url = url_of(write, world.ids)
            response = sweep_request(client, "post", write, url)
            if response.status_code in (301, 302) and not write.startswith("api/"):
                response = client.get(response["Location"])
            if response.status_code == 405 or _was_refused(response):
                continue
            done.append(url)
            if _rows_by(staff) == before:
                unaudited.append(f"POST {url}: {response.status_code}")
    print(f"{group}: {len(done)} staff writes done and checked: {done}")
    assert unaudited == [], "\n".join(unaudited)
