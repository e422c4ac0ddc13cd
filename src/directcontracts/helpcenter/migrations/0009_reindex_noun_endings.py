from django.db import migrations


def index_articles(apps, schema_editor):
    """Store every article's search words again: searchtext.INDEX_VERSION 3 reads a verb's
    noun as the verb ("failure" is "fail", "verification" is "verify", "payment" is "pay")
    and "cancelled" as "cancel"."""
    from directcontracts.helpcenter.searchtext import index_text

    Article = apps.get_model("helpcenter", "Article")
    for article in Article.objects.only("pk", "title", "summary", "body_text").iterator():
        Article.objects.filter(pk=article.pk).update(
            search_text=index_text(article.title, article.summary, article.body_text)
        )


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0008_reindex_stems_of_adjectives")]

    operations = [migrations.RunPython(index_articles, migrations.RunPython.noop)]
