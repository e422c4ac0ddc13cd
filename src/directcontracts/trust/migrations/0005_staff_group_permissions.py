from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

# Apps whose permissions the staff groups are given (accounts.demo.STAFF_GROUP_PERMISSIONS).
APPS = ("trust", "disputes", "circumvention", "screening", "verification", "catalog", "ledger")
APPS += ("payments",)


def grant(apps, schema_editor):
    from directcontracts.accounts.demo import grant_staff_permissions

    for label in APPS:
        if not global_apps.is_installed(f"directcontracts.{label}"):
            continue
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, verbosity=0, apps=apps)
        config.models_module = None
    grant_staff_permissions(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    dependencies = [
        ("trust", "0004_appeals"),
        ("disputes", "0001_initial"),
        ("circumvention", "0002_invited_checkpoint"),
        ("screening", "0004_rule_language"),
        ("verification", "0001_initial"),
        ("catalog", "0002_default_catalog"),
        ("ledger", "0018_single_statement_function"),
        ("payments", "0002_sandboxevent_sandboxobject_gatewayevent_and_more"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
