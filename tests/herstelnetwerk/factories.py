"""Factories for the core's pages and snippets (wagtail-factories + Faker nl_NL)."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from herstelnetwerk.models import HomePage, Municipality, StandardPage, SubregionPage, Theme
from herstelnetwerk.socialmap.models import Location, Organisation

factory.Faker._DEFAULT_LOCALE = "nl_NL"


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Samen werken aan herstel"
    slug = "herstelnetwerk"
    intro = "Steun dichtbij huis."

    class Meta:
        model = HomePage


class SubregionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Deelregio {n}")
    slug = factory.Sequence(lambda n: f"deelregio-{n}")
    intro = factory.Faker("sentence")

    class Meta:
        model = SubregionPage


class MunicipalityFactory(DjangoModelFactory):
    subregion = factory.SubFactory(SubregionPageFactory)
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    slug = factory.Sequence(lambda n: f"gemeente-{n}")

    class Meta:
        model = Municipality


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.Sequence(lambda n: f"pagina-{n}")
    intro = factory.Faker("sentence")

    class Meta:
        model = StandardPage


class ThemeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")

    class Meta:
        model = Theme
        django_get_or_create = ("slug",)


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisatie {n}")
    slug = factory.Sequence(lambda n: f"organisatie-{n}")
    description = factory.Faker("sentence")

    class Meta:
        model = Organisation


class LocationFactory(DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Locatie {n}")
    street_address = factory.Faker("street_address")
    postal_code = factory.Faker("postcode")
    city = factory.Faker("city")

    class Meta:
        model = Location
