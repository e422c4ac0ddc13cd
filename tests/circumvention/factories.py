from __future__ import annotations

import factory

from directcontracts.circumvention.models import MarketplaceAccount
from directcontracts.circumvention.services import account_fields


class MarketplaceAccountFactory(factory.django.DjangoModelFactory):
    """An imported account holder; pass the raw values, the normalised ones follow."""

    class Meta:
        model = MarketplaceAccount

    class Params:
        record = factory.LazyAttribute(lambda o: {})

    source = MarketplaceAccount.Source.IMPORTED
    external_id = factory.Sequence(lambda n: f"acc_{n:06d}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        raw = {k: kwargs.pop(k) for k in list(kwargs) if k in
               ("email", "name", "phone", "country", "company", "payment_fingerprint", "device_id", "ip")}  # fmt: skip
        kwargs.pop("record", None)
        return super()._create(model_class, *args, **{**kwargs, **account_fields(raw)})
