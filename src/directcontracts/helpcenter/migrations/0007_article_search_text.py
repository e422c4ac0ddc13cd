from django.db import migrations, models


def index_articles(apps, schema_editor):
    """Fill the stored search words of every article (searchtext.INDEX_VERSION 1)."""
    from directcontracts.helpcenter.searchtext import index_text

    Article = apps.get_model("helpcenter", "Article")
    for article in Article.objects.only("pk", "title", "summary", "body_text").iterator():
        Article.objects.filter(pk=article.pk).update(
            search_text=index_text(article.title, article.summary, article.body_text)
        )


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0006_article_rendered_with")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(index_articles, migrations.RunPython.noop),
    ]
