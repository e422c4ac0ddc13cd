"""Every notice kind the code sends belongs to exactly one email group.

The kinds are collected from the source, not listed by hand: a call of `notify()` (or of a
helper that passes its own `kind` on to it, such as `announce()` or `tell()`) with a new
kind fails here until the kind is given a group in notifications/email_groups.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

import directcontracts
from directcontracts.notifications.email_groups import BY_KIND, GROUPS, group_of

SOURCE = Path(directcontracts.__file__).resolve().parent
# Kinds built from a template where the values are few and known; a new template fails the
# collector until it is listed here with every kind it makes.
TEMPLATED_KINDS = {"f'trust.{action}'": {"trust.suspend", "trust.ban"}}


def _functions() -> list[tuple[Path, ast.FunctionDef]]:
    found = []
    for path in SOURCE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                found.append((path, node))
    return found


def _called(call: ast.Call) -> str:
    return getattr(call.func, "id", getattr(call.func, "attr", ""))


def _parameters(function: ast.FunctionDef) -> list[str]:
    return [a.arg for a in (*function.args.posonlyargs, *function.args.args)]


def _kind_argument(call: ast.Call, position: int | None) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "kind":
            return keyword.value
    if position is not None and position < len(call.args):
        return call.args[position]
    return None


def _senders(functions: list[tuple[Path, ast.FunctionDef]]) -> dict[str, int | None]:
    """`notify` and every function that passes its own `kind` parameter to a sender, with
    the position of that parameter (for calls that pass it positionally)."""
    senders: dict[str, int | None] = {"notify": None}
    grew = True
    while grew:
        grew = False
        for _, function in functions:
            params = _parameters(function)
            if function.name in senders or "kind" not in params + [
                a.arg for a in function.args.kwonlyargs
            ]:
                continue
            for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
                name = _called(call)
                argument = _kind_argument(call, senders.get(name)) if name in senders else None
                if isinstance(argument, ast.Name) and argument.id == "kind":
                    senders[function.name] = params.index("kind") if "kind" in params else None
                    grew = True
                    break
    return senders


def _values(expr: ast.expr, function: ast.FunctionDef, where: str) -> set[str]:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if isinstance(expr, ast.IfExp):
        return _values(expr.body, function, where) | _values(expr.orelse, function, where)
    if isinstance(expr, ast.JoinedStr) and ast.unparse(expr) in TEMPLATED_KINDS:
        return TEMPLATED_KINDS[ast.unparse(expr)]
    if isinstance(expr, ast.Name):
        assigned = [
            node.value
            for node in ast.walk(function)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == expr.id for t in node.targets)
        ]
        if assigned:
            return set().union(*(_values(value, function, where) for value in assigned))
    raise AssertionError(f"{where}: cannot tell which notice kinds `{ast.unparse(expr)}` is")


def notice_kinds() -> set[str]:
    functions = _functions()
    senders = _senders(functions)
    kinds: set[str] = set()
    for path, function in functions:
        for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
            name = _called(call)
            if name not in senders:
                continue
            argument = _kind_argument(call, senders[name])
            forwarded = (
                function.name in senders
                and isinstance(argument, ast.Name)
                and argument.id == "kind"
            )
            if argument is None or forwarded:
                continue
            where = f"{path.relative_to(SOURCE)}:{call.lineno}"
            kinds |= _values(argument, function, where)
    return kinds


def test_the_collector_finds_the_notices_of_every_sending_path():
    kinds = notice_kinds()
    # One of each way a kind reaches notify(): directly, through announce(), tell_each(),
    # a positional argument (freezes), a variable and a template (account closure).
    assert {
        "payout.paid",
        "contract.message_posted",
        "dispute.resolved",
        "escrow.frozen",
        "contract.hold_lifted",
        "payouts.held",
        "escrow.dormant",
        "trust.ban",
        "support.ticket",
    } <= kinds


def test_every_notice_kind_sent_by_the_code_has_an_email_group():
    missing = sorted(kind for kind in notice_kinds() if group_of(kind) is None)
    assert missing == [], f"give these kinds a group in notifications/email_groups.py: {missing}"


def test_no_notice_kind_is_in_two_groups():
    listed = [kind for group in GROUPS for kind in group.kinds]
    assert len(listed) == len(set(listed)) == len(BY_KIND)


def test_every_group_lists_only_kinds_the_code_sends():
    unused = sorted(set(BY_KIND) - notice_kinds())
    assert unused == [], f"no notify() sends these kinds any more: {unused}"


def test_every_required_group_says_why_in_words_and_optional_groups_say_nothing():
    for group in GROUPS:
        assert bool(group.reason) == group.required, group.key
        assert group.label
        assert group.description


def test_money_and_security_notices_are_in_required_groups():
    for kind in (
        "milestone.funded",
        "milestone.released",
        "milestone.refunded",
        "payout.paid",
        "chargeback.opened",
        "dispute.resolved",
        "escrow.frozen",
        "contract.held",
        "trust.warning",
        "trust.suspend",
    ):
        group = group_of(kind)
        assert group is not None, kind
        assert group.required, kind


def test_messages_and_contract_updates_can_be_turned_off():
    for kind in (
        "contract.message_posted",
        "milestone.changes_requested",
        "contract.change_proposed",
    ):
        group = group_of(kind)
        assert group is not None, kind
        assert not group.required, kind
