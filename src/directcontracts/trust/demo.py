"""Demo cases for the Trust & Safety queue (trust@demo.test works it): a client's flag on a
contract, a phishing domain that people keep checking, a held item from the screener and a
velocity hit (a client and freelancer signed in from one address)."""

from __future__ import annotations

from collections.abc import Callable

from directcontracts.accounts.models import UserSession
from directcontracts.contracts.models import Contract
from directcontracts.core import clock
from directcontracts.core.concerns import Concern
from directcontracts.screening.services import held_summary
from directcontracts.trust import flags, velocity
from directcontracts.trust.cases import receive_concern
from directcontracts.trust.models import Case
from directcontracts.verification.services import checks_in_words


def load_cases(write: Callable[[str], None]) -> None:
    if Case.objects.exists():
        return
    contract = Contract.objects.filter(client__isnull=False).order_by("id").first()
    if contract is not None and contract.client is not None:
        flags.flag(
            reporter=contract.client,
            kind="contract",
            target_id=str(contract.pk),
            reason="off_platform_payment",
            details="The freelancer asked me to pay the next milestone by bank wire to save fees.",
            address="192.0.2.20",
        )
    for checks in (1, 10):
        receive_concern(
            Concern(
                source="verification",
                target_kind="domain",
                target_id="directcontracts-payments.example.net",
                reason="scam_fraud",
                summary=f"Phishing: {checks_in_words(checks)} of look-alike links on "
                "directcontracts-payments.example.net",
                evidence={"domain": "directcontracts-payments.example.net", "checks": checks},
            )
        )
    receive_concern(
        Concern(
            source="screening",
            target_kind="held_item",
            target_id="demo:held-1",
            reason="prohibited_work",
            summary=held_summary(
                message_screen=False, context="contract", policy="banned.misleading"
            ),
            evidence={
                "policy": "banned.misleading",
                "text": "Write 30 five-star reviews for my restaurant on map listings.",
            },
        )
    )
    _shared_address_hit(contract)
    write(f"Trust & Safety: {Case.objects.count()} cases in the queue (trust@demo.test).")


def _shared_address_hit(contract: Contract | None) -> None:
    """Both parties of a demo contract signed in from one address: the velocity rule fires."""
    if contract is None or contract.client_id is None:
        return
    for person_id, key in ((contract.freelancer_id, "demo-a"), (contract.client_id, "demo-b")):
        UserSession.objects.get_or_create(
            session_key=f"{key}-{contract.pk}",
            defaults={"user_id": person_id, "ip_address": "203.0.113.45"},
        )
    velocity.evaluate(
        velocity.Event(
            "contract_accepted", contract.freelancer_id, clock.now(), {"contract": contract.pk}
        )
    )
