from django.db import migrations


def install_articles(apps, schema_editor):
    from directcontracts.helpcenter.defaults import install

    class Historical:
        Category = apps.get_model("helpcenter", "Category")
        Section = apps.get_model("helpcenter", "Section")
        Article = apps.get_model("helpcenter", "Article")
        ArticleVersion = apps.get_model("helpcenter", "ArticleVersion")

    install(Historical)


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0001_initial")]

    operations = [migrations.RunPython(install_articles, migrations.RunPython.noop)]
