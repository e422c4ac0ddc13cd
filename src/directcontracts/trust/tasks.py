"""Background tasks: velocity rules run in the worker, not in the request that made the event."""

from __future__ import annotations

from typing import Any

from django_tasks import task


@task()
def evaluate_velocity_task(name: str, user_id: int, at: str, data: dict[str, Any]) -> int:
    """Evaluate one event against the rules; returns the number of hits."""
    from directcontracts.trust import velocity

    return velocity.evaluate_serialised(name, user_id, at, data)


@task()
def evaluate_contract_event_task(name: str, contract_id: int, at: str) -> int:
    from directcontracts.trust import velocity

    return velocity.evaluate_contract_event(name, contract_id, at)
