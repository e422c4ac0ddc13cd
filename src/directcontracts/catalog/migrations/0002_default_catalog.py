"""Install the default catalog as the first published version."""

from django.db import migrations


def install_default_catalog(apps, schema_editor):
    from directcontracts.catalog.defaults import install

    install(apps.get_model("catalog", "CatalogVersion"), apps.get_model("catalog", "Category"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]

    operations = [migrations.RunPython(install_default_catalog, migrations.RunPython.noop)]
