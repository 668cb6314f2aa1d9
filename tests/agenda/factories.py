"""Factories for the agenda's pages (wagtail-factories + Faker nl_NL)."""

from datetime import date, time

import factory
import wagtail_factories

from herstelnetwerk.agenda import occurrences
from herstelnetwerk.agenda.models import ActivityException, ActivityPage, AgendaPage
from herstelnetwerk.socialmap.models import Location


class AgendaPageFactory(wagtail_factories.PageFactory):
    title = "Mentale agenda"
    slug = "agenda"

    class Meta:
        model = AgendaPage


class LocationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Buurthuis {n}")
    street_address = factory.Faker("street_address")
    postal_code = factory.Faker("postcode")
    city = factory.Faker("city")
    latitude = "52.640000"
    longitude = "5.060000"

    class Meta:
        model = Location


class ActivityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inloop {n}")
    slug = factory.Sequence(lambda n: f"inloop-{n}")
    intro = factory.Faker("sentence", locale="nl_NL")
    activity_type = "inloop"
    location = factory.SubFactory(LocationFactory)
    start_date = date(2026, 11, 2)
    start_time = time(10, 0)
    end_time = time(12, 0)

    class Meta:
        model = ActivityPage
        skip_postgeneration_save = True

    @factory.post_generation
    def stored_occurrences(activity, create, extracted, **kwargs):
        """As publishing does (the factory makes a live page without a revision)."""
        if create:
            published(activity)


def published(activity):
    """Write the stored occurrences of ``activity`` from its saved schedule, as publishing it does."""
    occurrences.write(ActivityPage.objects.filter(pk=activity.pk))
    return activity


def weekly(parent, days=("TU",), **fields):
    return ActivityPageFactory(parent=parent, recurrence="weekly", weekdays=list(days), **fields)


def cancel(activity, day):
    ActivityException.objects.create(activity=activity, date=day, kind="cancelled")
    published(activity)


def add_extra_date(activity, day):
    ActivityException.objects.create(activity=activity, date=day, kind="extra")
    published(activity)
