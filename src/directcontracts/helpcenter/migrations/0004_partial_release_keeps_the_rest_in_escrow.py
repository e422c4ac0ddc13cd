"""The shipped articles said a partial release refunds the rest to the client; it does not:
the rest stays in escrow until the freelancer agrees to refund it (contracts/escrow.py,
`_hold_the_rest`). 0002 installs only missing articles, so databases that already have them
are corrected here: the wrong sentence, where it is still there word for word, is replaced
and a new version is published (an article staff rewrote is left as they wrote it)."""

from django.db import migrations

CORRECTIONS = {
    "refunds-and-disputes": (
        "When approving, the client may release **less** than the milestone: the difference "
        "goes back to them.",
        "When approving, the client may release **less** than the milestone. The rest **stays "
        "in escrow**, and the freelancer is asked to agree to refund it: if they accept, it goes "
        "back to the client; if they decline, it stays in escrow, where the client can still "
        "release it or either of you can open a dispute. It is never refunded without the "
        "freelancer's yes, even if they don't answer.",
    ),
    "how-escrow-and-the-review-period-work": (
        "releasing the money (all of it, or less with the rest refunded, or more as a bonus);",
        "releasing the money (all of it; or less, with the rest kept in escrow until the "
        "freelancer agrees to refund it; or more, as a bonus);",
    ),
}
NOTE = "Corrected: releasing less keeps the rest in escrow until the freelancer agrees to refund it."


def correct_articles(apps, schema_editor):
    from directcontracts.core import clock
    from directcontracts.helpcenter.markdown import plain_text, render_markdown

    Article = apps.get_model("helpcenter", "Article")
    ArticleVersion = apps.get_model("helpcenter", "ArticleVersion")
    for slug, (wrong, right) in CORRECTIONS.items():
        article = Article.objects.filter(slug=slug).first()
        if article is None or wrong not in article.body:
            continue
        article.body = article.body.replace(wrong, right)
        article.body_html = render_markdown(article.body)
        article.body_text = plain_text(article.body)
        if article.is_published:
            now = clock.now()
            article.version += 1
            article.updated_at = now
            ArticleVersion.objects.create(
                article=article,
                number=article.version,
                title=article.title,
                summary=article.summary,
                body=article.body,
                published_at=now,
                note=NOTE,
            )
        article.save(update_fields=["body", "body_html", "body_text", "version", "updated_at"])


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0003_body_text_headings_set_off")]

    operations = [migrations.RunPython(correct_articles, migrations.RunPython.noop)]
