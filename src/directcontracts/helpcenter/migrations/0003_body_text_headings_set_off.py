from django.db import migrations


def recompute_body_text(apps, schema_editor):
    """Search text is kept per article; rebuild it now that a heading is set off from the
    paragraph after it instead of running into it."""
    from directcontracts.helpcenter.markdown import plain_text

    Article = apps.get_model("helpcenter", "Article")
    for article in Article.objects.only("pk", "body", "body_text").iterator():
        text = plain_text(article.body)
        if text != article.body_text:
            Article.objects.filter(pk=article.pk).update(body_text=text)


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0002_shipped_articles")]

    operations = [migrations.RunPython(recompute_body_text, migrations.RunPython.noop)]
