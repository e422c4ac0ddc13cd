from django.db import migrations


def install_packaged_rules(apps, schema_editor):
    """The packaged rules, version 3 (issue 13), become the next published version unless
    the rule set in effect already is that version."""
    from directcontracts.screening.services import install_default_rules

    install_default_rules(
        apps.get_model("screening", "PolicyRuleSet"), apps.get_model("screening", "PolicyRule")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("screening", "0004_rule_language"),
    ]

    operations = [
        migrations.RunPython(install_packaged_rules, migrations.RunPython.noop),
    ]
