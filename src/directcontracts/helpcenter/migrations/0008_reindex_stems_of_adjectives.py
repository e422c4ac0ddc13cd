from django.db import migrations


def index_articles(apps, schema_editor):
    """Store every article's search words again: searchtext.INDEX_VERSION 2 also takes off
    -ity and -ely and reads -ied as -y ("security" is "secur" like "secure")."""
    from directcontracts.helpcenter.searchtext import index_text

    Article = apps.get_model("helpcenter", "Article")
    for article in Article.objects.only("pk", "title", "summary", "body_text").iterator():
        Article.objects.filter(pk=article.pk).update(
            search_text=index_text(article.title, article.summary, article.body_text)
        )


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0007_article_search_text")]

    operations = [migrations.RunPython(index_articles, migrations.RunPython.noop)]
