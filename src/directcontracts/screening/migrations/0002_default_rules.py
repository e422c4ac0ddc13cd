"""Install the packaged policy rules as the first published rule set."""

from django.db import migrations


def install_default_rules(apps, schema_editor):
    from directcontracts.screening.services import install_default_rules as install

    install(apps.get_model("screening", "PolicyRuleSet"), apps.get_model("screening", "PolicyRule"))


class Migration(migrations.Migration):
    dependencies = [("screening", "0001_initial")]

    operations = [migrations.RunPython(install_default_rules, migrations.RunPython.noop)]
