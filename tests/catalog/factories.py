from __future__ import annotations

import factory

from directcontracts.catalog.models import CatalogVersion, Category


class CatalogVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CatalogVersion

    number = factory.Sequence(lambda n: 100 + n)
    summary = "A test version"


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    version = factory.SubFactory(CatalogVersionFactory)
    slug = factory.Sequence(lambda n: f"category-{n}")
    name = factory.Sequence(lambda n: f"Category {n}")
    description = "Work of some kind."
