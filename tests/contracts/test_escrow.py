"""Money on milestones: funding, settlement, release, changes, auto-release, refunds."""

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.payments.models import Payment
from tests.contracts.factories import active_contract, card, funded_milestone, settle_gateway

pytestmark = pytest.mark.django_db


def _escrow_of(contract):
    return balance(account_id=chart.escrow(contract.pk, contract.currency).pk)


def _available(user, currency="USD"):
    return balance(account_id=chart.freelancer_available(user.pk, currency).pk).available


def test_card_funding_is_pending_until_the_gateway_settles_it(
    freelancer, monkeypatch, frozen_clock
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDING_PENDING
    assert _escrow_of(contract).posted == 0

    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert _escrow_of(contract).posted == 50_000


def test_funding_tells_both_parties_the_freelancer_can_start(freelancer, monkeypatch, frozen_clock):
    from directcontracts.notifications.models import Notice

    contract, client, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    assert Notice.objects.filter(recipient=freelancer, kind="milestone.funded").exists()
    assert Notice.objects.filter(recipient=client, kind="milestone.funded").exists()


def test_the_freelancers_release_notice_addresses_them_and_the_clients_names_them(
    freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.notifications.models import Notice, WebhookEvent

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client)
    days = escrow.hold_days_for(freelancer)
    mine = Notice.objects.get(recipient=freelancer, kind="milestone.released")
    theirs = Notice.objects.get(recipient=client, kind="milestone.released")
    assert mine.title == "“Design” was approved: $475.00 to you"
    assert mine.body == (
        f"$500.00 left escrow; after the service fee you receive $475.00, "
        f"for you to withdraw after a {days}-day security hold."
    )
    assert theirs.title == f"“Design” was approved: $500.00 released to {freelancer.display_name}"
    assert f"{freelancer.display_name} receives $475.00" in theirs.body
    assert WebhookEvent.objects.filter(type="milestone.released").count() == 2  # one each


def test_a_declined_card_is_refused_and_the_milestone_stays_unfunded(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    with pytest.raises(DomainError) as refused:
        escrow.fund_milestone(
            milestone=milestone, by=client, method=card(client, "4000000000000002")
        )
    assert refused.value.code == "payment_declined"
    assert refused.value.status == 402
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.AWAITING_FUNDING
    assert milestone.events.filter(kind="milestone.funding_declined").exists()


def test_a_failed_settlement_returns_the_milestone_to_unfunded_and_tells_both(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.notifications.models import Notice

    contract, client, milestone = _after_a_failed_settlement(freelancer, monkeypatch, frozen_clock)
    assert milestone.state == MilestoneState.AWAITING_FUNDING
    assert _escrow_of(contract).pending == 0
    assert Notice.objects.filter(kind="milestone.funding_failed").count() == 2


def test_the_clients_failed_payment_email_gives_the_milestone_link_once(
    freelancer, monkeypatch, frozen_clock, mailoutbox, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        contract, client, milestone = _after_a_failed_settlement(
            freelancer, monkeypatch, frozen_clock
        )
    (email,) = [
        m for m in mailoutbox if m.to == [client.email] and "did not go through" in m.subject
    ]
    link = f"{settings.BASE_URL}/contracts/{contract.pk}/#milestone-{milestone.pk}"
    assert "Fund it again with another payment method on the contract page." in email.body
    assert email.body.count(f"/contracts/{contract.pk}/") == 1
    assert f"Open it here: {link}" in email.body


def _after_a_failed_settlement(freelancer, monkeypatch, frozen_clock):
    """A milestone whose card payment failed at settlement (the sandbox's 0341 card)."""
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client, "4000000000000341"))
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    return contract, client, milestone


def test_replaying_a_funding_request_with_the_same_key_charges_once(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    method = card(client)
    escrow.fund_milestone(milestone=milestone, by=client, method=method, idempotency_key="k-1")
    escrow.fund_milestone(milestone=milestone, by=client, method=method, idempotency_key="k-1")
    assert Payment.objects.count() == 1


def test_only_the_client_can_fund(freelancer, monkeypatch, stranger_client):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    with pytest.raises(DomainError) as refused:
        escrow.fund_milestone(milestone=milestone, by=freelancer, method=card(client))
    assert refused.value.code == "wrong_party"


def test_submitting_starts_the_review_clock(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Designs attached")
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.SUBMITTED
    assert (milestone.review_deadline - frozen_clock.now()).days == contract.review_period_days


def test_work_cannot_be_submitted_on_an_unfunded_milestone(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    with pytest.raises(DomainError) as refused:
        escrow.submit_work(milestone=milestone, by=freelancer, message="early")
    assert refused.value.code == "invalid_transition"
    assert refused.value.details["current_state"] == "awaiting_funding"


def test_approval_releases_escrow_to_the_freelancer_minus_the_fee(
    freelancer, monkeypatch, frozen_clock, settings
):
    settings.FREELANCER_FEE_BPS = 500
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="done")
    escrow.approve_milestone(milestone=milestone, by=client)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.RELEASED
    assert _available(freelancer) == 47_500
    assert _escrow_of(contract).posted == 0
    assert balance(account_id=chart.platform_fees("USD").pk).posted >= 2_500


def test_releasing_more_than_escrow_is_refused(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    with pytest.raises(DomainError) as refused:
        escrow.approve_milestone(milestone=milestone, by=client, amount_minor=50_001)
    assert refused.value.code == "amount_too_large"


def test_the_freelancer_cannot_approve_their_own_work(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="done")
    with pytest.raises(DomainError) as refused:
        escrow.approve_milestone(milestone=milestone, by=freelancer)
    assert refused.value.code == "wrong_party"


def test_requesting_changes_stops_the_clock_and_resubmission_restarts_it(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="v1")
    escrow.request_changes(milestone=milestone, by=client, message="Bigger logo, please")
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.CHANGES_REQUESTED
    assert milestone.review_deadline is None

    frozen_clock.advance(days=3)
    escrow.submit_work(milestone=milestone, by=freelancer, message="v2")
    milestone.refresh_from_db()
    assert (milestone.review_deadline - frozen_clock.now()).days == contract.review_period_days


def test_a_submission_is_released_automatically_when_the_review_period_ends(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="done")
    frozen_clock.advance(days=contract.review_period_days, seconds=-1)
    assert escrow.release_due_milestones() == 0
    frozen_clock.advance(seconds=2)
    assert escrow.release_due_milestones() == 1
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.RELEASED
    assert milestone.events.filter(kind="milestone.auto_released").exists()


def test_auto_release_runs_once_even_when_called_twice(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="done")
    frozen_clock.advance(days=contract.review_period_days + 1)
    assert escrow.release_due_milestones() == 1
    assert escrow.release_due_milestones() == 0
    assert _available(freelancer) == 47_500


def test_the_client_may_extend_the_review_once_by_at_most_seven_days(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="done")
    with pytest.raises(DomainError):
        escrow.extend_review(milestone=milestone, by=client, days=8)
    escrow.extend_review(milestone=milestone, by=client, days=7)
    with pytest.raises(DomainError) as refused:
        escrow.extend_review(milestone=milestone, by=client, days=1)
    assert refused.value.code == "review_already_extended"
    frozen_clock.advance(days=contract.review_period_days + 1)
    assert escrow.release_due_milestones() == 0


def test_reminders_go_out_three_days_and_one_day_before_the_deadline(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.notifications.models import Notice

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="done")
    frozen_clock.advance(days=contract.review_period_days - 3)
    assert escrow.send_review_reminders() == 1
    assert escrow.send_review_reminders() == 0
    frozen_clock.advance(days=2)
    assert escrow.send_review_reminders() == 1
    assert Notice.objects.filter(recipient=client, kind="milestone.review_reminder").count() == 2


def test_the_freelancer_refunds_in_full(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, reason="Can't take it on after all")
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.REFUNDED
    assert _escrow_of(contract).posted == 0


def test_a_partial_refund_keeps_the_rest_in_escrow(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=10_000)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert _escrow_of(contract).posted == 40_000
    escrow.approve_milestone(milestone=milestone, by=client)
    assert _available(freelancer) == 38_000


def test_a_chargeback_takes_the_money_back_out_of_escrow(freelancer, monkeypatch, frozen_clock):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client, "4000000000000259"))
    settle_gateway(frozen_clock, seconds=10)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    settle_gateway(frozen_clock, seconds=3600)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.REFUNDED
    assert _escrow_of(contract).posted == 0


def test_a_redelivered_settlement_webhook_changes_nothing(freelancer, monkeypatch, frozen_clock):
    import json

    from directcontracts.payments.models import GatewayEvent
    from directcontracts.payments.sandbox import sign
    from directcontracts.payments.webhooks import receive

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    event = GatewayEvent.objects.get(type="charge.succeeded")
    body = json.dumps({"id": event.event_id, "type": event.type, **event.payload}).encode()
    receive(provider="sandbox", body=body, signature=sign(body))
    assert _escrow_of(contract).posted == 50_000
    assert GatewayEvent.objects.filter(type="charge.succeeded").count() == 1


def test_submitted_files_are_stored_with_the_submission(
    freelancer, monkeypatch, frozen_clock, settings, tmp_path
):
    from directcontracts.contracts.deliverables import IncomingFile

    settings.MEDIA_ROOT = tmp_path
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(
        milestone=milestone,
        by=freelancer,
        message="v1",
        files=[IncomingFile("notes.txt", b"hello")],
    )
    assert milestone.deliverables.get().files.get().name == "notes.txt"


def test_a_bad_file_refuses_the_whole_submission(
    freelancer, monkeypatch, frozen_clock, settings, tmp_path
):
    from directcontracts.contracts.deliverables import IncomingFile

    settings.MEDIA_ROOT = tmp_path
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    with pytest.raises(DomainError):
        escrow.submit_work(
            milestone=milestone, by=freelancer, message="v1", files=[IncomingFile("x.exe", b"MZ")]
        )
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert not milestone.deliverables.exists()


def test_a_submission_schedules_its_reminders_and_release_on_a_deferring_backend(
    freelancer, monkeypatch, frozen_clock, settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    DBTaskResult.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        escrow.submit_work(milestone=milestone, by=freelancer, message="done")
    scheduled = DBTaskResult.objects.filter(task_path__contains="contracts.tasks").order_by(
        "run_after"
    )
    assert [t.task_path.rsplit(".", 1)[1] for t in scheduled] == [
        "send_review_reminders_task",
        "send_review_reminders_task",
        "release_due_milestones_task",
    ]


def test_the_review_timer_command_releases_what_is_due(freelancer, monkeypatch, frozen_clock):
    from django.core.management import call_command

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="done")
    frozen_clock.advance(days=contract.review_period_days + 1)
    call_command("run_review_timers")
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.RELEASED


def test_the_client_asks_for_a_refund_and_the_freelancer_accepts(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    request = escrow.request_refund(milestone=milestone, by=client, reason="Plans changed")
    escrow.answer_refund_request(request=request, by=freelancer, accept=True)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.REFUNDED
    assert _escrow_of(contract).posted == 0


def test_a_declined_refund_request_keeps_the_money_in_escrow(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    request = escrow.request_refund(milestone=milestone, by=client, reason="Plans changed")
    escrow.answer_refund_request(
        request=request, by=freelancer, accept=False, note="Work is half done"
    )
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert milestone.events.filter(kind="milestone.refund_declined").exists()


def test_silence_for_seven_days_means_refund(freelancer, monkeypatch, frozen_clock, settings):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.request_refund(
        milestone=milestone, by=client, reason="Nothing delivered", amount_minor=20_000
    )
    frozen_clock.advance(days=settings.REFUND_ANSWER_DAYS, seconds=-1)
    assert escrow.settle_unanswered_refund_requests() == 0
    frozen_clock.advance(seconds=2)
    assert escrow.settle_unanswered_refund_requests() == 1
    milestone.refresh_from_db()
    assert milestone.refunded_amount_minor == 20_000
    assert escrow.settle_unanswered_refund_requests() == 0


def test_only_one_refund_request_waits_at_a_time_and_only_the_client_asks(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    with pytest.raises(DomainError):
        escrow.request_refund(milestone=milestone, by=freelancer, reason="x")
    escrow.request_refund(milestone=milestone, by=client, reason="x")
    with pytest.raises(DomainError) as refused:
        escrow.request_refund(milestone=milestone, by=client, reason="again")
    assert refused.value.code == "refund_already_requested"


def test_releasing_more_pays_the_difference_as_a_bonus_released_once_it_settles(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(
        milestone=milestone, by=client, amount_minor=60_000, method=card(client)
    )
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.RELEASED
    bonus = contract.milestones.get(release_on_funding=True)
    assert (bonus.amount_minor, bonus.state) == (10_000, MilestoneState.FUNDING_PENDING)
    settle_gateway(frozen_clock)
    bonus.refresh_from_db()
    assert bonus.state == MilestoneState.RELEASED
    assert _available(freelancer) == 57_000


def test_the_clients_release_notice_names_what_they_released_not_what_the_freelancer_gets(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.notifications.models import Notice

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client)
    theirs = Notice.objects.get(recipient=client, kind="milestone.released")
    assert "$500.00" in theirs.title
    assert "$475.00" not in theirs.title


def test_a_partial_release_tells_the_client_the_part_they_released(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.notifications.models import Notice

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=20_000)
    theirs = Notice.objects.get(recipient=client, kind="milestone.released")
    mine = Notice.objects.get(recipient=freelancer, kind="milestone.released")
    assert theirs.title == f"“Design” was approved: $200.00 released to {freelancer.display_name}"
    assert mine.title == "“Design” was approved: $190.00 to you"


def test_a_bonus_release_tells_the_client_the_bonus_they_released(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.notifications.models import Notice

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(
        milestone=milestone, by=client, amount_minor=60_000, method=card(client)
    )
    settle_gateway(frozen_clock)
    theirs = Notice.objects.get(
        recipient=client, kind="milestone.released", title__startswith="“Bonus on"
    )
    assert "$100.00 released to" in theirs.title
    assert "$95.00" not in theirs.title


def test_the_periodic_sweep_also_prunes_expired_idempotency_keys(db, frozen_clock):
    from directcontracts.contracts.tasks import sweep_review_timers
    from directcontracts.core.models import IdempotentRequest
    from tests.accounts.factories import UserFactory

    user = UserFactory()
    IdempotentRequest.objects.create(
        user=user,
        key="old",
        method="POST",
        path="/x",
        body_sha256="0" * 64,
        created_at=frozen_clock.now(),
    )
    frozen_clock.advance(days=2)
    sweep_review_timers.call(False)
    assert not IdempotentRequest.objects.exists()


# --- Funding again after a failed settlement (issue 11, Medium) ----------------------------


def _bank_debit(client, number="000123456789"):
    from directcontracts.payments.charges import add_payment_method

    return add_payment_method(owner=client, kind="bank_debit", number=number, holder_name="Nora")


def _funded_after_a_failed_settlement(freelancer, monkeypatch, frozen_clock, second_method):
    contract, client, milestone = _after_a_failed_settlement(freelancer, monkeypatch, frozen_clock)
    escrow.fund_milestone(milestone=milestone, by=client, method=second_method(client))
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    return contract, milestone


@pytest.mark.parametrize("second_method", [card, _bank_debit], ids=["card", "bank-debit"])
def test_funding_again_after_a_failed_card_settlement_funds_the_milestone_once(
    freelancer, monkeypatch, frozen_clock, second_method
):
    contract, milestone = _funded_after_a_failed_settlement(
        freelancer, monkeypatch, frozen_clock, second_method
    )
    assert milestone.state == MilestoneState.FUNDED
    assert (_escrow_of(contract).posted, _escrow_of(contract).pending) == (50_000, 0)
    assert sorted(Payment.objects.values_list("state", flat=True)) == ["failed", "succeeded"]


def test_two_failed_settlements_then_a_good_one_fund_the_milestone_exactly_once(
    freelancer, monkeypatch, frozen_clock
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    for method in (card(client, "4000000000000341"), _bank_debit(client, "000111111113")):
        escrow.fund_milestone(milestone=milestone, by=client, method=method)
        settle_gateway(frozen_clock)
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert milestone.funded_amount_minor == 50_000
    assert _escrow_of(contract).posted == 50_000
    escrow.approve_milestone(milestone=milestone, by=client)
    assert _available(freelancer) == 47_500


def test_the_funded_notice_tells_the_freelancer_they_can_start_and_the_client_that_they_can(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.notifications.models import Notice

    contract, client, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    mine = Notice.objects.get(recipient=freelancer, kind="milestone.funded")
    theirs = Notice.objects.get(recipient=client, kind="milestone.funded")
    assert mine.body.endswith("You can start work on this milestone now.")
    assert theirs.body.endswith(f"{freelancer.display_name} can start work on it now.")
