from django.db import migrations, models


def install_packaged_rules(apps, schema_editor):
    """The packaged rules (issue 13: version 3 and later) become the next published version; when
    an earlier migration already installed them (a new database), their spans are set."""
    from directcontracts.screening.rules import load_default_data, specs_from_json
    from directcontracts.screening.services import install_default_rules

    ruleset_model = apps.get_model("screening", "PolicyRuleSet")
    rule_model = apps.get_model("screening", "PolicyRule")
    if install_default_rules(ruleset_model, rule_model):
        return
    latest = ruleset_model.objects.order_by("-version").first()
    data = load_default_data()
    review_risk = data["thresholds"].get("review_risk", 1.01)
    ruleset_model.objects.filter(pk=latest.pk).update(review_risk_threshold=review_risk)
    for spec in specs_from_json(data):
        if spec.span != 1:
            rule_model.objects.filter(ruleset=latest, name=spec.name).update(span=spec.span)


class Migration(migrations.Migration):
    dependencies = [
        ("screening", "0004_rule_language"),
    ]

    operations = [
        migrations.AddField(
            model_name="policyrule",
            name="span",
            field=models.PositiveSmallIntegerField(
                default=1,
                help_text="1: one sentence or clause; 2: also a clause with the one after it.",
            ),
        ),
        migrations.AddField(
            model_name="policyruleset",
            name="review_risk_threshold",
            field=models.FloatField(
                default=1.01,
                help_text=(
                    "Hold for review when the brief's probability of not being allowed work, "
                    "over all codes, reaches this (above 1: never)."
                ),
            ),
        ),
        migrations.RunPython(install_packaged_rules, migrations.RunPython.noop),
    ]
