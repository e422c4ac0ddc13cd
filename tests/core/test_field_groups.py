"""`{% field_groups form %}` (core/templatetags/fields.py, issue 19): the markup of the loop
`{% for field in form %}<div class="field">{{ field.as_field_group }}</div>{% endfor %}`, an
empty form kept under a key that holds everything it is built from, a bound form or one with
initial values rendered each time."""

from __future__ import annotations

import pytest
from django import forms
from django.template import Context, Template

from directcontracts.contracts.forms import (
    FeedbackForm,
    MessageForm,
    PayoutMethodForm,
    ProposalForm,
    WithdrawForm,
)
from directcontracts.core.templatetags import fields

LOOP = Template(
    '{% for field in form %}<div class="field">{{ field.as_field_group }}</div>{% endfor %}'
)
TAG = Template("{% load fields %}{% field_groups form %}")


def _both(form):
    return (
        TAG.render(Context({"form": form})),
        LOOP.render(Context({"form": form})),
    )


@pytest.fixture(autouse=True)
def _empty():
    fields._kept.clear()
    yield
    fields._kept.clear()


def _proposal(titles):
    return ProposalForm(milestones=[(pk, f"{pk}. {t}") for pk, t in titles])


@pytest.mark.parametrize(
    "make",
    [
        MessageForm,
        FeedbackForm,
        PayoutMethodForm,
        lambda: _proposal([(1, "Design"), (2, "Build")]),
    ],
)
def test_the_same_markup_as_the_loop_first_and_when_kept(make):
    new, old = _both(make())
    assert new == old
    assert new.startswith('<div class="field">')
    again, old = _both(make())  # the second comes from what was kept
    assert again == old == new
    assert len(fields._kept) == 1


def test_milestone_titles_in_the_proposal_form_are_escaped_and_current():
    first, old = _both(_proposal([(1, "<script>x</script> & co")]))
    assert first == old
    assert "<script>x</script>" not in first
    assert "1. &lt;script&gt;x&lt;/script&gt; &amp; co" in first
    # A renamed milestone (or another contract's) is another key: never the old markup.
    renamed, old = _both(_proposal([(1, "Design, renamed")]))
    assert renamed == old
    assert "Design, renamed" in renamed
    assert "script" not in renamed
    other, old = _both(_proposal([(7, "Design, renamed")]))
    assert other == old
    assert 'value="7"' in other
    assert 'value="1"' not in other
    assert len(fields._kept) == 3


def test_a_bound_form_shows_its_values_and_errors_and_is_not_kept():
    empty, _ = _both(MessageForm())
    bound = MessageForm({"body": ""})
    assert not bound.is_valid()
    new, old = _both(bound)
    assert new == old
    assert "This field is required." in new
    assert new != empty
    typed = MessageForm({"body": "<b>hello</b> & bye"})
    new, old = _both(typed)
    assert new == old
    assert "&lt;b&gt;hello&lt;/b&gt; &amp; bye</textarea>" in new
    assert len(fields._kept) == 1  # only the empty one


def test_a_form_with_initial_values_is_rendered_each_time():
    first = WithdrawForm(methods=[(1, "Bank")], initial={"attempt": "a" * 24})
    second = WithdrawForm(methods=[(1, "Bank")], initial={"attempt": "b" * 24})
    new, old = _both(first)
    assert new == old
    assert 'value="aaaa' in new
    new, old = _both(second)
    assert new == old
    assert 'value="bbbb' in new
    assert fields._kept == {}


def test_a_field_changed_on_the_instance_is_another_key():
    form = MessageForm()
    plain, _ = _both(form)
    changed = MessageForm()
    changed.fields["body"].label = "Your <reply>"
    changed.fields["body"].widget.attrs["rows"] = 9
    new, old = _both(changed)
    assert new == old != plain
    assert "Your &lt;reply&gt;" in new
    assert 'rows="9"' in new


def test_choices_from_the_database_are_not_kept():
    class Chooser(forms.Form):
        who = forms.ModelChoiceField(queryset=None)  # type: ignore[arg-type]

    from directcontracts.accounts.models import User

    form = Chooser()
    form.fields["who"].queryset = User.objects.none()  # type: ignore[attr-defined]
    assert fields._key(form) is None


@pytest.mark.django_db
def test_the_contract_page_forms_keep_their_markup(client, freelancer, monkeypatch):
    from tests.contracts.factories import active_contract

    contract, _ = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    milestone.title = "<i>Logo</i>"
    milestone.save(update_fields=["title"])
    client.force_login(freelancer)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    ordered = contract.milestones.order_by("position")
    expected = LOOP.render(
        Context(
            {"form": ProposalForm(milestones=[(m.pk, f"{m.position}. {m.title}") for m in ordered])}
        )
    )
    assert expected in page
    assert f"{milestone.position}. &lt;i&gt;Logo&lt;/i&gt;</option>" in page
    assert LOOP.render(Context({"form": MessageForm()})) in page


def test_a_form_that_says_its_initial_values_repeat_is_kept_under_them():
    assert PayoutMethodForm.markup_kept_with_initial
    first = PayoutMethodForm(initial={"holder_name": "Ann <Lee> & co", "currency": "EUR"})
    new, old = _both(first)
    assert new == old
    assert 'value="Ann &lt;Lee&gt; &amp; co"' in new
    again, old = _both(
        PayoutMethodForm(initial={"holder_name": "Ann <Lee> & co", "currency": "EUR"})
    )
    assert again == old == new
    assert len(fields._kept) == 1
    # Another name or currency is another key: never the first person's markup.
    other, old = _both(PayoutMethodForm(initial={"holder_name": "Bo", "currency": "USD"}))
    assert other == old != new
    assert "Ann" not in other
    assert len(fields._kept) == 2


def test_a_callable_initial_value_is_rendered_each_time():
    form = PayoutMethodForm(initial={"holder_name": lambda: "Ann", "currency": "EUR"})
    new, old = _both(form)
    assert new == old
    assert 'value="Ann"' in new
    assert fields._kept == {}
