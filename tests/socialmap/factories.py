"""Factories for the social map's snippets and page."""

from datetime import time

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from herstelnetwerk.socialmap.models import Location, OpeningHours, Organisation, Service, SocialMapPage


class SocialMapPageFactory(wagtail_factories.PageFactory):
    title = "Mentaal-sociale kaart"
    slug = "sociale-kaart"

    class Meta:
        model = SocialMapPage


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Stichting Steunpunt {n}")
    slug = factory.Sequence(lambda n: f"steunpunt-{n}")
    kind = "welzijn"
    description = factory.Faker("sentence", locale="nl_NL")
    phone = "072-123 45 67"
    email = factory.LazyAttribute(lambda o: f"info@{o.slug}.example")

    class Meta:
        model = Organisation


class ServiceFactory(DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = "Inloopspreekuur"
    cost = "free"

    class Meta:
        model = Service


class PlaceFactory(DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Locatie {n}")
    street_address = "Dorpsstraat 1"
    postal_code = "1741 AB"
    city = "Schagen"
    latitude = "52.787400"
    longitude = "4.799300"

    class Meta:
        model = Location


class OpeningHoursFactory(DjangoModelFactory):
    location = factory.SubFactory(PlaceFactory)
    weekday = 0
    opens = time(9)
    closes = time(17)

    class Meta:
        model = OpeningHours
