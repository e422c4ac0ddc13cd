"""A velocity rule evaluated by two workers at the same instant for the same person (two
events of a burst, each its own task), under real concurrent connections on PostgreSQL:
the rule fires once in its window, one hit and one signal on the case."""

from __future__ import annotations

import pytest

from directcontracts.core import clock
from directcontracts.trust import velocity
from directcontracts.trust.models import CaseSignal, VelocityHit, VelocityRule
from directcontracts.trust.velocity import Event
from tests.concurrency import run_together
from tests.contracts.factories import sent_invitation

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]
WORKERS = 4


def test_a_rule_evaluated_by_workers_at_once_fires_once(freelancer):
    # The migration's rule, made again here: an earlier transactional test flushed it.
    rule, _ = VelocityRule.objects.update_or_create(
        key="many-invitations",
        defaults={"name": "Many invitations", "counts": "invites_per_window", "threshold": 10},
    )
    for n in range(2):
        sent_invitation(freelancer, client_email=f"client{n}@example.org")
    # The burst is in the books; now the rule is lowered and the events' tasks run at once.
    VelocityRule.objects.filter(pk=rule.pk).update(threshold=2)
    event = Event("contract_invited", freelancer.pk, clock.now())

    outcomes = run_together([lambda: velocity.evaluate(event)] * WORKERS, workers=WORKERS)

    assert [o for o in outcomes if isinstance(o, Exception)] == []
    assert VelocityHit.objects.count() == 1
    assert CaseSignal.objects.filter(source="velocity").count() == 1
