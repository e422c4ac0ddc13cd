"""Velocity rules: kept as data, evaluated after each event commits, a hit opens a case."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import UserSession
from directcontracts.contracts import escrow
from directcontracts.contracts.freeze_models import PayoutHold
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.trust import actions, velocity
from directcontracts.trust.models import Case, VelocityHit, VelocityRule
from directcontracts.trust.velocity import Event
from tests.accounts.factories import ClientFactory
from tests.contracts.factories import (
    active_contract,
    card,
    funded_milestone,
    sent_invitation,
    settle_gateway,
)

pytestmark = pytest.mark.django_db


def _rule(key: str, **changes) -> VelocityRule:
    rule = VelocityRule.objects.get(key=key)
    for name, value in changes.items():
        setattr(rule, name, value)
    rule.save()
    return rule


def _invite(freelancer, count: int, capture) -> None:
    for n in range(count):
        with capture(execute=True):
            sent_invitation(freelancer, client_email=f"client{n}@example.org")


def test_the_platform_starts_with_a_rule_of_each_kind():
    assert set(VelocityRule.objects.values_list("counts", flat=True)) == set(velocity.MATCHERS)


def test_many_invitations_in_a_day_open_a_case_naming_the_rule_and_the_events(
    freelancer, django_capture_on_commit_callbacks
):
    _rule("many-invitations", threshold=3)
    _invite(freelancer, 3, django_capture_on_commit_callbacks)
    hit = VelocityHit.objects.get()
    case = Case.objects.get(pk=hit.case_id)
    assert (case.target_kind, case.target_id) == ("user", str(freelancer.pk))
    signal = case.signals.get(source="velocity")
    assert signal.evidence["rule"] == "many-invitations"
    assert len(signal.evidence["events"]) == 3


def test_below_the_threshold_nothing_happens(freelancer, django_capture_on_commit_callbacks):
    _rule("many-invitations", threshold=3)
    _invite(freelancer, 2, django_capture_on_commit_callbacks)
    assert not VelocityHit.objects.exists()


def test_a_burst_of_events_makes_one_hit_per_window(freelancer, django_capture_on_commit_callbacks):
    _rule("many-invitations", threshold=2)
    _invite(freelancer, 5, django_capture_on_commit_callbacks)
    assert VelocityHit.objects.count() == 1


def test_a_rule_switched_off_does_not_fire(freelancer, django_capture_on_commit_callbacks):
    _rule("many-invitations", threshold=2, enabled=False)
    _invite(freelancer, 3, django_capture_on_commit_callbacks)
    assert not VelocityHit.objects.exists()


def test_rules_are_evaluated_only_after_the_event_commits(freelancer):
    _rule("many-invitations", threshold=1)
    sent_invitation(freelancer)  # the test's transaction never commits
    assert not VelocityHit.objects.exists()


def test_one_card_behind_several_client_accounts_is_a_hit(django_capture_on_commit_callbacks):
    clients = [ClientFactory(email=f"payer{n}@example.org") for n in range(3)]
    for client in clients:
        with django_capture_on_commit_callbacks(execute=True):
            card(client)
    hit = VelocityHit.objects.get(rule__key="shared-card")
    assert hit.subject_user_id == clients[-1].pk
    assert {e["owner"] for e in hit.events} == {c.pk for c in clients}


def test_declines_before_a_success_are_a_hit(
    freelancer, monkeypatch, frozen_clock, django_capture_on_commit_callbacks
):
    from directcontracts.payments.sandbox import CARD_DECLINED

    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    declined = card(client, number=CARD_DECLINED)
    for _ in range(4):
        with pytest.raises(DomainError):
            escrow.fund_milestone(milestone=milestone, by=client, method=declined)
    with django_capture_on_commit_callbacks(execute=True):
        escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
        settle_gateway(frozen_clock)  # the payment succeeds: payments' hook tells the rules
    hit = VelocityHit.objects.get(rule__key="declines-then-success")
    assert sum(1 for e in hit.events if "declined" in e) == 4


def test_a_fast_cash_out_on_a_new_account_holds_payouts_until_reviewed(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)
    event = Event("payout_requested", freelancer.pk, clock.now(), {"payout": 7, "currency": "USD"})
    (hit,) = velocity.evaluate(event)
    hold = PayoutHold.objects.get(pk=hit.payout_hold_id)
    assert hold.lifted_at is None
    kinds = {e["kind"] for e in hit.events}
    assert {"milestone.funded", "milestone.released", "payout"} <= kinds
    case = Case.objects.get(pk=hit.case_id)
    actions.dismiss(case=case, by=trust_safety_staff, reason="A known studio, checked.")
    hold.refresh_from_db()
    assert hold.lifted_at is not None


def test_an_established_account_cashing_out_fast_is_not_a_hit(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)
    type(freelancer).objects.filter(pk=freelancer.pk).update(
        date_joined=clock.now() - clock.timedelta(days=400)
    )
    event = Event("payout_requested", freelancer.pk, clock.now(), {"payout": 7, "currency": "USD"})
    assert velocity.evaluate(event) == []


def test_client_and_freelancer_signed_in_from_one_address_is_a_hit(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    for person, key in ((freelancer, "a"), (client, "b")):
        UserSession.objects.create(user=person, session_key=key, ip_address="198.51.100.7")
    event = Event("contract_accepted", freelancer.pk, clock.now(), {"contract": contract.pk})
    (hit,) = velocity.evaluate(event)
    assert hit.events == [{"contract": contract.pk, "shared_address": "198.51.100.7"}]


def test_a_failing_rule_never_breaks_the_request(
    freelancer, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def broken(rule, event):
        raise RuntimeError("boom")

    _rule("many-invitations", threshold=1)
    monkeypatch.setitem(velocity.MATCHERS, "invites_per_window", ({"contract_invited"}, broken))
    with django_capture_on_commit_callbacks(execute=True):
        contract, _, _ = sent_invitation(freelancer)
    assert contract.pk  # the invitation went out; the worker recorded the failed task
    assert "evaluate_contract_event_task state=FAILED" in caplog.text


def test_unfreezing_the_case_lifts_a_velocity_payout_hold(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from directcontracts.trust import enforcement

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)
    event = Event("payout_requested", freelancer.pk, clock.now(), {"payout": 7, "currency": "USD"})
    (hit,) = velocity.evaluate(event)
    case = Case.objects.get(pk=hit.case_id)
    assert enforcement.unfreeze(case=case, by=trust_safety_staff, reason="Checked.") == 1
    assert PayoutHold.objects.get(pk=hit.payout_hold_id).lifted_at is not None


# --- Changing a rule is an audited staff action ------------------------------------------------


def _admin_change(client, rule: VelocityRule, **fields):
    form = {name: getattr(rule, name) for name in velocity.TUNABLE_FIELDS}
    form = {k: ("on" if v is True else v) for k, v in form.items() if v is not False}
    form.update(fields)
    return client.post(f"/admin/trust/velocityrule/{rule.pk}/change/", form)


def test_switching_a_rule_off_in_the_back_office_is_audited_with_who_and_why(
    client, trust_safety_staff
):
    from directcontracts.trust.models import AuditEntry
    from tests.accounts.helpers import sign_in_staff

    rule = VelocityRule.objects.get(key="many-invitations")
    sign_in_staff(client, trust_safety_staff)
    response = _admin_change(
        client, rule, enabled="", change_reason="False positives from agencies, see TS-1."
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = AuditEntry.objects.get(action="velocity_rule_changed")
    assert (entry.actor, entry.case, entry.reason) == (
        trust_safety_staff,
        None,
        "False positives from agencies, see TS-1.",
    )
    assert entry.data == {
        "rule": "many-invitations",
        "rule_id": rule.pk,
        "from": {"enabled": True},
        "to": {"enabled": False},
    }


def test_a_rule_change_without_a_reason_is_refused_and_changes_nothing(client, trust_safety_staff):
    from tests.accounts.helpers import sign_in_staff

    rule = VelocityRule.objects.get(key="many-invitations")
    sign_in_staff(client, trust_safety_staff)
    response = _admin_change(client, rule, threshold=500, change_reason="  ")
    assert response.status_code == 200
    assert "Reason for this change" in response.text
    rule.refresh_from_db()
    assert rule.threshold != 500


def test_only_staff_allowed_to_change_rules_may_change_them(support_staff):
    rule = VelocityRule.objects.get(key="many-invitations")
    with pytest.raises(DomainError):
        velocity.change_rule(rule=rule, by=support_staff, changes={"enabled": False}, reason="x")
    rule.refresh_from_db()
    assert rule.enabled
