from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    from directcontracts.accounts.demo import grant_staff_permissions

    # Permissions are normally created after all migrations; create them now so the
    # support group can be given exactly the ones it needs on a fresh install.
    for label in ("support", "helpcenter"):
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, verbosity=0, apps=apps)
        config.models_module = None
    grant_staff_permissions(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    dependencies = [
        ("support", "0001_initial"),
        ("helpcenter", "0002_shipped_articles"),
        ("accounts", "0002_staff_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
