"""A region of any size for query-budget tests: activities, organisations, stories and pages, inserted in bulk.

Every item is linked the way editors link them (a place in a municipality of a subregion, themes, services and
opening hours, a subregion on a story), so that each page type's joins and prefetches have rows to find.
"""

from datetime import date, time, timedelta

from django.utils import timezone

from herstelnetwerk.agenda import occurrences
from herstelnetwerk.agenda.models import ActivityPage
from herstelnetwerk.models import StandardPage
from herstelnetwerk.socialmap.models import (
    Holiday,
    Location,
    OpeningHours,
    OpeningHoursException,
    Organisation,
    Service,
)
from tests.support.bulk_pages import bulk_child_pages
from verhalen.models import StoryPage

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def grow(region, count, start=0):
    """Add ``count`` of each kind of item to ``region`` (a ``SimpleNamespace`` from the test's fixture)."""
    numbers = range(start, start + count)
    add_organisations(region, numbers)
    add_activities(region, numbers)
    add_stories(region, numbers)
    bulk_child_pages(
        region.subregion,
        [StandardPage(title=f"Pagina {n}", slug=f"pagina-{n}", intro="Over herstel.") for n in numbers],
    )


def add_organisations(region, numbers):
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Steunpunt {n}",
            slug=f"steunpunt-{n}",
            kind="welzijn",
            walk_in=n % 2 == 0,
            closed_on_holidays=n % 2 == 1,
            last_reviewed=date(2026, 1, 1),
        )
        for n in numbers
    )
    Organisation.themes.through.objects.bulk_create(
        Organisation.themes.through(organisation_id=organisation.pk, theme_id=region.theme.pk)
        for organisation in organisations
    )
    Organisation.municipalities_served.through.objects.bulk_create(
        Organisation.municipalities_served.through(
            organisation_id=organisation.pk, municipality_id=region.municipality.pk
        )
        for organisation in organisations
    )
    Service.objects.bulk_create(
        Service(organisation=organisation, name="Inloop", cost="free", sort_order=0)
        for organisation in organisations
    )
    places = Location.objects.bulk_create(
        Location(
            organisation=organisation,
            name=f"Locatie {organisation.slug}",
            street_address="Dorpsstraat 1",
            city="Schagen",
            municipality=region.municipality,
        )
        for organisation in organisations
    )
    OpeningHours.objects.bulk_create(
        OpeningHours(location=place, weekday=weekday, opens=time(9), closes=time(17), sort_order=weekday)
        for place in places
        for weekday in range(5)
    )
    today = timezone.localdate()
    OpeningHoursException.objects.bulk_create(
        OpeningHoursException(location=place, starts=today, ends=today + timedelta(days=n % 3), sort_order=0)
        for n, place in enumerate(places)
        if n % 3 == 0
    )
    Holiday.objects.bulk_create(
        Holiday(
            name=f"Feestdag {n}", starts=today + timedelta(days=n % 30), ends=today + timedelta(days=n % 30)
        )
        for n in numbers
        if n % 100 == 0
    )


def add_activities(region, numbers):
    today = timezone.localdate()
    activities = bulk_child_pages(
        region.agenda,
        [
            ActivityPage(
                title=f"Inloop {n}",
                slug=f"inloop-{n}",
                intro="Kom langs.",
                activity_type="inloop",
                location=region.place,
                organiser=region.organiser,
                start_time=time(9 + n % 8),
                end_time=time(10 + n % 8),
                **(
                    {
                        "recurrence": "weekly",
                        "weekdays": [WEEKDAYS[n % 7]],
                        "start_date": today - timedelta(days=7),
                    }
                    if n % 2
                    else {"start_date": today + timedelta(days=n % 40)}
                ),
            )
            for n in numbers
        ],
    )
    ActivityPage.themes.through.objects.bulk_create(
        ActivityPage.themes.through(activitypage_id=activity.pk, theme_id=region.theme.pk)
        for activity in activities
    )
    occurrences.write(ActivityPage.objects.filter(pk__in=[activity.pk for activity in activities]))


def add_stories(region, numbers):
    now = timezone.now()
    stories = bulk_child_pages(
        region.stories,
        [
            StoryPage(
                title=f"Mijn weg {n}",
                slug=f"mijn-weg-{n}",
                intro="Hoe ik de weg terugvond.",
                author="first_name",
                author_name="Mirjam",
                subregion=region.subregion,
                body=[("paragraph", "<p>Ik liep elke dag naar de inloop.</p>")],
                first_published_at=now - timedelta(minutes=n),
            )
            for n in numbers
        ],
    )
    StoryPage.themes.through.objects.bulk_create(
        StoryPage.themes.through(storypage_id=story.pk, theme_id=region.theme.pk) for story in stories
    )
