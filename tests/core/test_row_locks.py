"""Row locks go through `core/locks.py` (and the ledger's own account locks): DESIGN.md,
convention 2. FOR NO KEY UPDATE of the row's own table, so foreign-key inserts never wait."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from directcontracts.core.locks import for_update, lock_row, lock_row_or_none
from directcontracts.helpcenter.models import Article
from tests.helpcenter.factories import ArticleFactory

SRC = Path(__file__).resolve().parents[2] / "src" / "directcontracts"
LOCK_MODULES = {SRC / "core" / "locks.py", SRC / "ledger" / "locks.py"}


def _modules_calling_select_for_update() -> list[str]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path in LOCK_MODULES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "select_for_update":
                found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    return found


def test_no_module_but_the_lock_modules_calls_select_for_update():
    assert _modules_calling_select_for_update() == []


def test_a_row_lock_outside_a_transaction_is_refused():
    with pytest.raises(RuntimeError, match="inside a transaction"):
        for_update(Article.objects.all())


@pytest.mark.django_db
def test_locking_a_row_that_does_not_exist_raises_does_not_exist():
    with transaction.atomic(), pytest.raises(Article.DoesNotExist):
        lock_row(Article, 987654)


@pytest.mark.django_db
def test_locking_a_missing_row_or_none_gives_none():
    with transaction.atomic():
        assert lock_row_or_none(Article, 987654) is None


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_row_lock_is_for_no_key_update_of_its_own_table_only():
    article = ArticleFactory()
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        lock_row(Article, article.pk)
    assert queries[-1]["sql"].endswith('FOR NO KEY UPDATE OF "helpcenter_article"')


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_lock_that_holds_back_references_is_plain_for_update():
    article = ArticleFactory()
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        lock_row(Article, article.pk, holds_back_references=True)
    assert queries[-1]["sql"].endswith('FOR UPDATE OF "helpcenter_article"')
