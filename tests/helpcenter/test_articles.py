"""Articles: the shipped ones, pages, the API, versions and count resets."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.helpcenter.models import Article, ArticleVersion
from directcontracts.helpcenter.services import cast_vote, publish_article
from tests.helpcenter.factories import ArticleFactory
from tests.helpcenter.helpers import visitor

pytestmark = pytest.mark.django_db

SHIPPED = [
    "direct-contracts-dos-and-donts",
    "how-escrow-and-the-review-period-work",
    "fees",
    "refunds-and-disputes",
    "account-security",
    "two-factor-sign-in",
    "recognising-phishing",
    "verifying-a-payment-request",
]


def test_a_fresh_install_has_the_shipped_articles_published():
    published = set(Article.objects.published().values_list("slug", flat=True))
    assert set(SHIPPED) <= published


def test_the_security_center_holds_the_security_articles():
    slugs = set(
        Article.objects.filter(section__category__slug="security-center").values_list(
            "slug", flat=True
        )
    )
    assert slugs == {
        "account-security",
        "two-factor-sign-in",
        "recognising-phishing",
        "verifying-a-payment-request",
    }


def test_the_dos_and_donts_link_to_the_verify_page_and_name_the_banned_list(client):
    response = client.get("/help/direct-contracts-dos-and-donts/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'href="/verify/"' in body
    for words in (
        "marketplace account",
        "Illegal work",
        "Flag as Inappropriate",
        "Sexually explicit",
    ):
        assert words in body


def test_every_shipped_article_has_a_first_version():
    for slug in SHIPPED:
        assert ArticleVersion.objects.filter(article__slug=slug, number=1).exists()


def test_an_unpublished_article_is_not_found(client):
    ArticleFactory(slug="draft-one", is_published=False)
    assert client.get("/help/draft-one/").status_code == 404
    assert client.get("/api/v1/help/articles/draft-one").status_code == 404


def test_an_unknown_article_is_not_found_with_a_code(client):
    response = client.get("/api/v1/help/articles/no-such-thing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "article_not_found"


def test_the_api_returns_the_article_with_its_counts(client, article):
    cast_vote(article=article, voter=visitor(1), helpful=True)
    cast_vote(article=article, voter=visitor(2), helpful=False)
    body = client.get(f"/api/v1/help/articles/{article.slug}").json()
    assert (body["helpful"], body["total"]) == (1, 2)
    assert body["title"] == article.title
    assert "<strong>helpful</strong>" in body["body_html"]


def test_the_page_shows_counts_only_once_someone_voted(client, article):
    assert b"found this helpful" not in client.get(f"/help/{article.slug}/").content
    cast_vote(article=article, voter=visitor(1), helpful=True)
    assert b"1 out of 1 found this helpful" in client.get(f"/help/{article.slug}/").content


def test_publishing_changed_text_keeps_every_version(article, support_staff):
    article.body = "A rewritten body."
    article.save(update_fields=["body"])
    version = publish_article(article=article, by=support_staff, note="Clearer")
    assert version is not None
    assert version.number == 2
    assert list(article.versions.values_list("number", "body")) == [
        (2, "A rewritten body."),
        (1, "Some **helpful** words about escrow."),
    ]
    assert article.version == 2


def test_saving_unchanged_text_writes_no_version(article):
    assert publish_article(article=article) is None
    assert article.versions.count() == 1


def test_a_reset_starts_the_counts_again_and_keeps_the_old_ones_in_history(article):
    for n, helpful in enumerate([True, True, False]):
        cast_vote(article=article, voter=visitor(n), helpful=helpful)
    article.body = "Substantially rewritten."
    article.save(update_fields=["body"])
    version = publish_article(article=article, reset_counts=True)
    assert (version.closed_helpful, version.closed_total, version.closed_round) == (2, 3, 1)
    assert article.votes.filter(round=1).count() == 3  # the old votes stay
    assert cast_vote(article=article, voter=visitor(0), helpful=False) == {"helpful": 0, "total": 1}


def test_an_article_may_not_take_a_help_center_page_address(article):
    article.slug = "search"
    with pytest.raises(DomainError) as excinfo:
        publish_article(article=article)
    assert excinfo.value.code == "slug_reserved"


def test_the_help_index_lists_the_topics(client):
    body = client.get("/help/").content.decode()
    assert "Security Center" in body
    assert "Using Direct Contracts" in body


def test_the_security_center_address_leads_to_its_topic(client):
    response = client.get("/help/security/")
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


def test_every_page_links_to_get_help(client):
    for path in ("/", "/help/", "/categories/"):
        assert b'href="/support/new/"' in client.get(path).content


@pytest.mark.parametrize(
    ("slug", "words"),
    [
        ("refunds-and-disputes", "The rest <strong>stays in escrow</strong>"),
        ("how-escrow-and-the-review-period-work", "the rest kept in escrow until the freelancer"),
    ],
)
def test_the_help_center_says_a_partial_release_keeps_the_rest_in_escrow(client, slug, words):
    body = client.get(f"/help/{slug}/").content.decode()
    assert words in body
    assert "the difference goes back to them" not in body
    assert "less with the rest refunded" not in body


def test_an_installed_article_with_the_old_partial_release_wording_is_corrected_in_a_new_version():
    import importlib

    from django.apps import apps

    migration = importlib.import_module(
        "directcontracts.helpcenter.migrations.0004_partial_release_keeps_the_rest_in_escrow"
    )
    wrong, right = migration.CORRECTIONS["refunds-and-disputes"]
    article = Article.objects.get(slug="refunds-and-disputes")
    Article.objects.filter(pk=article.pk).update(body=article.body.replace(right, wrong))
    before = Article.objects.get(pk=article.pk).version

    migration.correct_articles(apps, None)

    article.refresh_from_db()
    assert wrong not in article.body
    assert "stays in escrow" in article.body_html
    assert article.version == before + 1
    assert article.versions.get(number=article.version).note.startswith("Corrected:")
