from typing import Any

from django.apps import AppConfig
from django.apps import apps as django_apps
from django.db.models.signals import post_delete, post_migrate, post_save


class HelpcenterConfig(AppConfig):
    name = "directcontracts.helpcenter"
    label = "helpcenter"
    verbose_name = "Help Center"

    def ready(self) -> None:
        from directcontracts.core.demo import register_demo_loader
        from directcontracts.helpcenter.demo import load_help_votes

        register_demo_loader("helpcenter", load_help_votes, order=80)
        post_migrate.connect(_rerender_stale_articles, sender=self)
        # The typo dictionary is cached until an article changes (spelling.forget_dictionary).
        article = self.get_model("Article")
        post_save.connect(_forget_spelling_dictionary, sender=article)
        post_delete.connect(_forget_spelling_dictionary, sender=article)


def _forget_spelling_dictionary(**kwargs: Any) -> None:
    from directcontracts.helpcenter.spelling import forget_dictionary

    forget_dictionary()


def _rerender_stale_articles(apps: Any = None, **kwargs: Any) -> None:
    """Every `migrate` (which `make run` and `make serve` do first) brings stored articles up
    to the current renderer, so a renderer change needs no data migration of its own."""
    apps = apps or django_apps  # `flush` sends the signal without the migrated state
    fields = {field.name for field in apps.get_model("helpcenter", "Article")._meta.fields}
    if "rendered_with" not in fields:  # migrated back to before the field existed
        return
    from directcontracts.helpcenter.services import rerender_stale_articles

    rerender_stale_articles()
