import logging
from typing import Any

from django.apps import AppConfig
from django.apps import apps as django_apps
from django.db.models.signals import post_migrate

logger = logging.getLogger(__name__)


class ScreeningConfig(AppConfig):
    name = "directcontracts.screening"
    label = "screening"
    verbose_name = "Work-policy screening"

    def ready(self) -> None:
        from directcontracts.core.concerns import register_resolution_handler
        from directcontracts.screening.services import resolve_from_case

        register_resolution_handler("screening", resolve_from_case)
        post_migrate.connect(_upgrade_packaged_rules, sender=self)


def _upgrade_packaged_rules(apps: Any = None, **kwargs: Any) -> None:
    """Every `migrate` (the first step of `make run` and `make serve`) brings packaged rules
    that a code upgrade changed into effect, unless staff published their own."""
    apps = apps or django_apps  # `flush` sends the signal without the migrated state
    from directcontracts.screening.models import PolicyRule, PolicyRuleSet

    for model in (PolicyRuleSet, PolicyRule):
        migrated = {f.name for f in apps.get_model("screening", model.__name__)._meta.fields}
        if not {f.name for f in model._meta.fields} <= migrated:
            return  # migrated back to before a field existed
    from directcontracts.screening.services import upgrade_packaged_rules

    outcome, ruleset = upgrade_packaged_rules()
    if outcome == "installed" and ruleset is not None:
        logger.info("Packaged screening rules installed as version %s.", ruleset.version)
    elif outcome == "staff_rules":
        logger.warning(
            "The packaged screening rules changed, but the rules in effect were published by "
            "staff: they stay. Compare them, then run `directcontracts install_packaged_rules "
            "--replace-staff-rules` to put the packaged ones into effect."
        )
