"""Background work of the ledger: pending-transfer timeouts and hash-chain sealing.

Tasks take ids and call services; every one is idempotent, so a retried or duplicated
run changes nothing twice.
"""

from __future__ import annotations

from django_tasks import task

from directcontracts.ledger import sealing, services


@task()
def expire_pending_transfer_task(pending_id: str) -> str:
    result = services.expire_pending_transfer(pending_id=pending_id)
    return "not_due" if result is None else str(result.code)


@task()
def expire_pending_transfers_task() -> int:
    """The sweep: voids every overdue pending transfer (run it every minute)."""
    return services.expire_pending_transfers()


@task()
def seal_ledger_task() -> int:
    """Seal the transfers committed since the last block (run it every few seconds)."""
    return sealing.seal_ledger()
