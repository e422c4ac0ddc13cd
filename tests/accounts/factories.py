from __future__ import annotations

import factory
from django.contrib.auth.models import Group

from directcontracts.accounts.models import ClientProfile, FreelancerProfile, User
from directcontracts.core import clock

DEFAULT_PASSWORD = "a-long-and-unusual-passphrase-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    full_name = factory.Faker("name")
    email_verified_at = factory.LazyFunction(clock.now)
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def _save_password(self, create, extracted, **kwargs):
        if create:
            self.save(update_fields=["password"])


class FreelancerFactory(UserFactory):
    is_freelancer = True
    profile = factory.RelatedFactory(
        "tests.accounts.factories.FreelancerProfileFactory", factory_related_name="user"
    )


class ClientFactory(UserFactory):
    is_client = True
    profile = factory.RelatedFactory(
        "tests.accounts.factories.ClientProfileFactory", factory_related_name="user"
    )


class FreelancerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FreelancerProfile

    user = factory.SubFactory(UserFactory, is_freelancer=True)
    display_name = factory.LazyAttribute(lambda o: o.user.full_name or "Freelancer")
    country = "PT"
    payout_currency = "USD"


class ClientProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClientProfile

    user = factory.SubFactory(UserFactory, is_client=True)
    name = factory.LazyAttribute(lambda o: o.user.full_name or "Client")
    company = "Acme Studio"
    country = "US"


class StaffFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            for name in extracted:
                group, _ = Group.objects.get_or_create(name=name)
                self.groups.add(group)
