"""Stored occurrences follow what editors publish; the listing reads them; feeds are cached and answer 304."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from herstelnetwerk.agenda import occurrences
from herstelnetwerk.agenda.models import ActivityException, ActivityOccurrence, ActivityPage
from tests.agenda.factories import ActivityPageFactory, weekly

WEEKDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def today():
    return timezone.localdate()


def stored_dates(activity):
    return [
        (timezone.localtime(row.starts_at).date(), row.cancelled)
        for row in ActivityOccurrence.objects.filter(activity=activity).order_by("starts_at")
    ]


def unpublished_weekly(agenda, **fields):
    """A weekly activity saved as a draft: no rows until it is published."""
    activity = weekly(agenda, days=[WEEKDAY[today().weekday()]], start_date=today(), **fields)
    activity.stored_occurrences.all().delete()
    activity.live = False
    activity.save()
    return activity


def test_publishing_writes_the_occurrences_with_exceptions_for_a_year(agenda):
    activity = unpublished_weekly(agenda, title="Inloop")
    activity.exceptions.add(ActivityException(date=today() + timedelta(days=7), kind="cancelled"))
    activity.exceptions.add(ActivityException(date=today() + timedelta(days=3), kind="extra"))
    assert stored_dates(activity) == []

    activity.save_revision().publish()

    dates = stored_dates(activity)
    assert dates[:3] == [
        (today(), False),
        (today() + timedelta(days=3), False),
        (today() + timedelta(days=7), True),
    ]
    assert dates[-1][0] > today() + timedelta(days=365)
    assert dates[-1][0] <= today() + occurrences.HORIZON


def test_publishing_a_changed_schedule_replaces_the_rows(agenda):
    activity = unpublished_weekly(agenda, title="Inloop")
    activity.save_revision().publish()
    activity.end_date = today() + timedelta(days=14)
    activity.save_revision().publish()

    assert [day for day, _ in stored_dates(activity)] == [today() + timedelta(days=n) for n in (0, 7, 14)]


def test_unpublishing_and_deleting_remove_the_rows(agenda):
    kept, gone = (unpublished_weekly(agenda, title=title) for title in ("Blijft", "Weg"))
    for activity in (kept, gone):
        activity.save_revision().publish()

    ActivityPage.objects.get(pk=kept.pk).unpublish()
    assert stored_dates(kept) == []
    ActivityPage.objects.get(pk=gone.pk).delete()
    assert not ActivityOccurrence.objects.exists()


def test_refresh_command_moves_the_horizon_and_forgets_the_past(agenda):
    activity = weekly(agenda, days=["MO"], start_date=today() - timedelta(days=60), title="Inloop")
    ActivityOccurrence.objects.create(
        activity=activity,
        starts_at=occurrences.local_midnight(today() - timedelta(days=3)),
        ends_at=occurrences.local_midnight(today() - timedelta(days=3)),
    )
    ActivityOccurrence.objects.filter(starts_at__gte=occurrences.local_midnight(today())).delete()

    call_command("refresh_occurrences", stdout=io.StringIO())

    dates = [day for day, _ in stored_dates(activity)]
    assert dates[0] >= today()
    assert len(dates) in (56, 57, 58)  # every Monday of the stored year and a month


def test_load_demo_leaves_the_occurrences_stored(db):
    call_command("load_demo", stdout=io.StringIO())

    published = ActivityPage.objects.live().count()
    with_rows = ActivityPage.objects.filter(stored_occurrences__isnull=False).distinct().count()
    assert published >= 40
    assert with_rows == published


def test_restricted_activities_are_not_listed(client, agenda):
    shown = weekly(agenda, days=[WEEKDAY[today().weekday()]], start_date=today(), title="Openbaar")
    hidden = weekly(agenda, days=[WEEKDAY[today().weekday()]], start_date=today(), title="Alleen leden")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    html = client.get("/agenda/").content.decode()

    assert shown.title in html
    assert hidden.title not in html


@pytest.fixture
def feed_activity(agenda):
    return ActivityPageFactory(parent=agenda, title="Informatieavond", start_date=today() + timedelta(days=3))


def test_feed_answers_304_for_the_same_version(client, feed_activity):
    first = client.get("/agenda/feed.ics")
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]

    again = client.get("/agenda/feed.ics", HTTP_IF_NONE_MATCH=first["ETag"])
    since = client.get("/agenda/feed.ics", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert again.status_code == 304 and again.content == b""
    assert since.status_code == 304


def test_feed_is_rebuilt_when_an_activity_is_published_or_unpublished(client, agenda, feed_activity):
    first = client.get("/agenda/feed.ics")

    feed_activity.title = "Informatieavond (nieuwe zaal)"
    feed_activity.save_revision().publish()
    changed = client.get("/agenda/feed.ics", HTTP_IF_NONE_MATCH=first["ETag"])

    assert changed.status_code == 200
    assert b"Informatieavond (nieuwe zaal)" in changed.content

    ActivityPage.objects.get(pk=feed_activity.pk).unpublish()
    gone = client.get("/agenda/feed.ics", HTTP_IF_NONE_MATCH=changed["ETag"])
    assert gone.status_code == 200
    assert b"Informatieavond" not in gone.content


def test_feed_leaves_out_activities_beyond_the_stored_horizon(client, agenda):
    ActivityPageFactory(parent=agenda, title="Volgend jaar", start_date=today() + timedelta(days=200))
    ActivityPageFactory(parent=agenda, title="Over twee jaar", start_date=today() + timedelta(days=700))

    body = client.get("/agenda/feed.ics").content

    assert b"Volgend jaar" in body
    assert b"Over twee jaar" not in body
