from __future__ import annotations

import factory

from directcontracts.helpcenter.models import Article, Category, Section
from directcontracts.helpcenter.services import publish_article


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.Sequence(lambda n: f"Topic {n}")


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    category = factory.SubFactory(CategoryFactory)
    slug = factory.Sequence(lambda n: f"section-{n}")
    name = factory.Sequence(lambda n: f"Section {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article, rendered and versioned through the service like staff do."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    section = factory.SubFactory(SectionFactory)
    slug = factory.Sequence(lambda n: f"article-{n}")
    title = factory.Sequence(lambda n: f"Article number {n}")
    summary = "A short summary."
    body = "Some **helpful** words about escrow."
    is_published = True

    @factory.post_generation
    def _publish(self, create, extracted, **kwargs):
        if create:
            publish_article(article=self)
