"""Help Center categories, sections and articles edited in the back office go on the audit
trail with the reason and the values before and after."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter.models import Article, Section
from directcontracts.trust.models import AuditEntry
from tests.accounts.helpers import sign_in_staff
from tests.helpcenter.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def _article_form(article: Article, **fields) -> dict[str, object]:
    form: dict[str, object] = {
        "section": article.section_id,
        "slug": article.slug,
        "title": article.title,
        "summary": article.summary,
        "audience": article.audience,
        "body": article.body,
        "position": article.position,
        "is_published": "on",
        "versions-TOTAL_FORMS": "0",
        "versions-INITIAL_FORMS": "0",
    }
    form.update(fields)
    return form


def _change_article(client, article: Article, **fields):
    form = _article_form(article, **fields)
    return client.post(f"/admin/helpcenter/article/{article.pk}/change/", form)


def test_an_article_edited_in_the_back_office_is_audited_with_the_reason_and_both_titles(
    client, support_staff
):
    article = ArticleFactory(title="Fees, explained")
    sign_in_staff(client, support_staff)
    response = _change_article(
        client, article, title="Fees, explained again", change_reason="Clearer title."
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = AuditEntry.objects.get(action="article_changed")
    assert (entry.actor, entry.case, entry.reason) == (support_staff, None, "Clearer title.")
    assert entry.data["from"]["title"] == "Fees, explained"
    assert entry.data["to"]["title"] == "Fees, explained again"


def test_an_article_edit_without_a_reason_is_refused_and_changes_nothing(client, support_staff):
    article = ArticleFactory(title="Fees, explained")
    sign_in_staff(client, support_staff)
    response = _change_article(client, article, title="Something else", change_reason="")
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.title == "Fees, explained"
    assert not AuditEntry.objects.exists()


def test_a_section_renamed_in_the_back_office_is_audited_with_the_reason_and_both_names(
    client, support_staff
):
    section = SectionFactory(name="Paying")
    sign_in_staff(client, support_staff)
    response = client.post(
        f"/admin/helpcenter/section/{section.pk}/change/",
        {"category": section.category_id, "slug": section.slug, "name": "Paying and fees",
         "position": 0, "change_reason": "Fees belong here."},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = AuditEntry.objects.get(action="section_changed")
    assert (entry.actor, entry.reason) == (support_staff, "Fees belong here.")
    assert (entry.data["from"], entry.data["to"]) == (
        {"name": "Paying"},
        {"name": "Paying and fees"},
    )


def test_a_section_rename_without_a_reason_is_refused_and_changes_nothing(client, support_staff):
    section = SectionFactory(name="Paying")
    sign_in_staff(client, support_staff)
    response = client.post(
        f"/admin/helpcenter/section/{section.pk}/change/",
        {"category": section.category_id, "slug": section.slug, "name": "Paying and fees",
         "position": 0},
    )  # fmt: skip
    assert response.status_code == 200
    assert Section.objects.get(pk=section.pk).name == "Paying"
