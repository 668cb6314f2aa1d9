"""iCalendar feeds that calendar apps (and the icalendar library) read back, and schema.org Event data."""

import json
import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from herstelnetwerk.socialmap.models import Organisation
from tests.agenda.factories import ActivityPageFactory, LocationFactory, add_extra_date, cancel, weekly
from tests.herstelnetwerk.factories import MunicipalityFactory, SubregionPageFactory

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def events(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return calendar, {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_feed_carries_rules_exceptions_timezone_and_stable_uids(client, agenda):
    activity = weekly(
        agenda,
        title="Inloop",
        days=["TU", "TH"],
        interval=2,
        start_date=date(2026, 11, 3),
        end_date=date(2027, 3, 30),
    )
    cancel(activity, date(2026, 11, 17))
    add_extra_date(activity, date(2026, 11, 20))

    calendar, found = events(client.get("/agenda/feed.ics"))
    event = found["Inloop"]

    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Amsterdam"
    assert event["DTSTART"].dt == datetime(2026, 11, 3, 10, 0, tzinfo=AMSTERDAM)
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [2] and rule["BYDAY"] == ["TU", "TH"]
    assert rule["UNTIL"][0].astimezone(AMSTERDAM) == datetime(2027, 3, 30, 10, 0, tzinfo=AMSTERDAM)
    assert [item.dt for item in event["EXDATE"].dts] == [datetime(2026, 11, 17, 10, 0, tzinfo=AMSTERDAM)]
    assert [item.dt for item in event["RDATE"].dts] == [datetime(2026, 11, 20, 10, 0, tzinfo=AMSTERDAM)]
    assert event["UID"] == f"activity-{activity.pk}@testserver"
    assert events(client.get("/agenda/feed.ics"))[1]["Inloop"]["UID"] == event["UID"]


def test_monthly_rule_and_cancelled_one_off(client, agenda):
    ActivityPageFactory(
        parent=agenda, title="Naastencafé", recurrence="monthly", weekdays=["WE"], month_week=-1
    )
    once = ActivityPageFactory(parent=agenda, title="Markt", start_date=date(2026, 12, 5))
    cancel(once, date(2026, 12, 5))

    _calendar, found = events(client.get("/agenda/feed.ics"))

    assert found["Naastencafé"]["RRULE"]["BYDAY"] == ["-1WE"]
    assert found["Markt"]["STATUS"] == "CANCELLED"
    assert "RRULE" not in found["Markt"]


def test_feed_follows_the_filters(client, agenda, home_page):
    texel = SubregionPageFactory(parent=home_page, title="Texel", slug="texel")
    place = LocationFactory(municipality=MunicipalityFactory(subregion=texel, name="Texel", slug="texel"))
    weekly(agenda, title="Op Texel", days=["MO"], location=place)
    weekly(agenda, title="Elders", days=["MO"])

    _calendar, found = events(client.get("/agenda/feed.ics", {"subregion": "texel", "date": "onzin"}))

    assert set(found) == {"Op Texel"}


def test_single_activity_download(client, agenda):
    activity = ActivityPageFactory(parent=agenda, title="Informatieavond")

    response = client.get(f"{activity.url}activiteit.ics")

    assert 'filename="' in response["Content-Disposition"]
    assert set(events(response)[1]) == {"Informatieavond"}


def structured_data(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


@pytest.mark.django_db
def test_activity_page_describes_its_occurrences_as_schema_org_events(client, agenda):
    organiser = Organisation.objects.create(name="Herstelcafé <Noord>", slug="herstelcafe", kind="herstel")
    activity = weekly(
        agenda,
        title="Inloop",
        days=["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
        start_date=date(2026, 1, 1),
        organiser=organiser,
        online_url="https://meet.example/inloop",
        is_free=True,
    )
    cancel(activity, timezone.localdate())

    html = client.get(activity.url).content.decode()
    data = structured_data(html)

    assert "<Noord>" not in html.split('application/ld+json">')[1].split("</script>")[0]
    assert data[0]["@type"] == "Event"
    assert data[0]["eventStatus"] == "https://schema.org/EventCancelled"
    assert data[1]["eventStatus"] == "https://schema.org/EventScheduled"
    assert data[0]["isAccessibleForFree"] is True
    assert data[0]["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {place["@type"] for place in data[0]["location"]} == {"Place", "VirtualLocation"}
    assert data[0]["organizer"]["name"] == "Herstelcafé <Noord>"
    assert datetime.fromisoformat(data[0]["startDate"]).time() == time(10, 0)
