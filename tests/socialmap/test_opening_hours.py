"""Open now and open on a day: weekly hours, exceptions and holidays, in Europe/Amsterdam, in SQL and on the page."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from herstelnetwerk.socialmap.listing import filtered_organisations
from herstelnetwerk.socialmap.models import Holiday, Location, OpeningHoursException
from herstelnetwerk.socialmap.opening import day_names, hours_on, status
from tests.socialmap.factories import OpeningHoursFactory, OrganisationFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def place_with(hours=(), exceptions=(), closed_on_holidays=False):
    """A place of a new organisation: ``hours`` are (weekday, opens, closes), ``exceptions`` keyword dicts."""
    place = PlaceFactory(organisation=OrganisationFactory(closed_on_holidays=closed_on_holidays))
    for weekday, opens, closes in hours:
        OpeningHoursFactory(location=place, weekday=weekday, opens=opens, closes=closes)
    for exception in exceptions:
        OpeningHoursException.objects.create(location=place, **exception)
    return place


def is_open(place, moment) -> bool:
    """Whether the map's "Nu open" filter finds the place's organisation at ``moment``; the page agrees."""
    in_sql = filtered_organisations({"open_now": True}, moment).filter(pk=place.organisation_id).exists()
    place = Location.objects.prefetch_related("opening_hours", "hour_exceptions").get(pk=place.pk)
    follows = place.organisation.closed_on_holidays
    holidays = list(Holiday.objects.values_list("starts", "ends")) if follows else []
    local = timezone.localtime(moment)
    on_page = status(hours_on(place, local.date(), holidays), moment).state == "open"
    assert in_sql == on_page
    return in_sql


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def test_around_midnight_the_day_is_amsterdams():
    # Monday 1 June 2026, 22:30 UTC is Tuesday 00:30 in Amsterdam (summer time, UTC+2).
    tuesday_night = place_with(hours=[(1, time(0), time(2))])
    monday_late = place_with(hours=[(0, time(22), time(23, 59))])
    assert is_open(tuesday_night, utc(2026, 6, 1, 22, 30))
    assert not is_open(monday_late, utc(2026, 6, 1, 22, 30))
    assert is_open(monday_late, utc(2026, 6, 1, 21, 58))
    assert not is_open(monday_late, utc(2026, 6, 1, 21, 59))  # 23:59 is when it closes


def test_summer_and_winter_time():
    sunday_morning = place_with(hours=[(6, time(10), time(11))])
    # Sunday 29 March 2026: clocks go from 02:00 to 03:00; 08:30 UTC is 10:30 in Amsterdam.
    assert is_open(sunday_morning, utc(2026, 3, 29, 8, 30))
    assert not is_open(sunday_morning, utc(2026, 3, 22, 8, 30))  # a week before: 09:30 (UTC+1)
    # Sunday 25 October 2026: clocks go back; 09:30 UTC is 10:30, 10:30 UTC is 11:30.
    assert is_open(sunday_morning, utc(2026, 10, 25, 9, 30))
    assert not is_open(sunday_morning, utc(2026, 10, 25, 10, 30))


def test_several_ranges_a_day():
    place = place_with(hours=[(0, time(9), time(12)), (0, time(13), time(17))])
    monday = date(2026, 6, 1)
    assert is_open(place, utc(2026, 6, 1, 8))  # 10:00
    assert not is_open(place, utc(2026, 6, 1, 10, 30))  # 12:30
    assert is_open(place, utc(2026, 6, 1, 11))  # 13:00
    place = Location.objects.prefetch_related("opening_hours", "hour_exceptions").get(pk=place.pk)
    hours = hours_on(place, monday, [])
    with translation.override("nl"):
        assert str(status(hours, utc(2026, 6, 1, 10, 30))) == "Gaat open om 13:00"
        assert str(status(hours, utc(2026, 6, 1, 8))) == "Nu open, tot 12:00"
        assert str(status(hours, utc(2026, 6, 1, 16))) == "Vandaag niet meer open"
        assert str(status(hours_on(place, date(2026, 6, 7), []), utc(2026, 6, 7, 8))) == "Vandaag gesloten"


def test_exceptions_override_the_weekly_hours():
    closed = place_with(
        hours=[(0, time(9), time(17))],
        exceptions=[{"starts": date(2026, 5, 25), "ends": date(2026, 6, 2), "note": "Verbouwing"}],
    )
    other_hours = place_with(
        hours=[(0, time(9), time(17))],
        exceptions=[
            {
                "starts": date(2026, 6, 1),
                "ends": date(2026, 6, 1),
                "closed": False,
                "opens": time(13),
                "closes": time(14),
            },
            {
                "starts": date(2026, 6, 1),
                "ends": date(2026, 6, 1),
                "closed": False,
                "opens": time(19),
                "closes": time(21),
            },
        ],
    )
    extra_day = place_with(
        exceptions=[
            {
                "starts": date(2026, 6, 6),
                "ends": date(2026, 6, 6),
                "closed": False,
                "opens": time(10),
                "closes": time(12),
            }
        ],
    )
    assert not is_open(closed, utc(2026, 6, 1, 10))
    assert is_open(closed, utc(2026, 6, 8, 10))  # the Monday after the exception
    assert not is_open(other_hours, utc(2026, 6, 1, 8))  # 10:00, usually open
    assert is_open(other_hours, utc(2026, 6, 1, 11, 30))  # 13:30
    assert is_open(other_hours, utc(2026, 6, 1, 18))  # 20:00, the second range
    assert is_open(extra_day, utc(2026, 6, 6, 9))  # a Saturday it is usually closed


def test_holidays_close_only_organisations_that_follow_them_unless_a_place_says_otherwise():
    Holiday.objects.create(name="Tweede Pinksterdag", starts=date(2026, 5, 25), ends=date(2026, 5, 25))
    monday = [(0, time(9), time(17))]
    follows = place_with(hours=monday, closed_on_holidays=True)
    ignores = place_with(hours=monday)
    opens_anyway = place_with(
        hours=monday,
        closed_on_holidays=True,
        exceptions=[
            {
                "starts": date(2026, 5, 25),
                "ends": date(2026, 5, 25),
                "closed": False,
                "opens": time(10),
                "closes": time(12),
            }
        ],
    )
    holiday_morning = utc(2026, 5, 25, 9)  # 11:00
    assert not is_open(follows, holiday_morning)
    assert is_open(ignores, holiday_morning)
    assert is_open(opens_anyway, holiday_morning)
    assert is_open(follows, utc(2026, 6, 1, 9))


def test_open_on_a_weekday_and_part_of_the_day():
    tuesday_morning = place_with(hours=[(1, time(9), time(12))])
    tuesday_evening = place_with(hours=[(1, time(19), time(21))])
    closed_next_tuesday = place_with(
        hours=[(1, time(9), time(12))],
        exceptions=[{"starts": date(2026, 6, 2), "ends": date(2026, 6, 2)}],
    )
    sunday = utc(2026, 5, 31, 10)

    def found(filters):
        organisations = filtered_organisations(filters, sunday)
        return {
            place.organisation_id for place in (tuesday_morning, tuesday_evening, closed_next_tuesday)
        } & set(organisations.values_list("pk", flat=True))

    assert found({"open_day": 1, "open_part": "morning"}) == {tuesday_morning.organisation_id}
    assert found({"open_day": 1, "open_part": "evening"}) == {tuesday_evening.organisation_id}
    assert found({"open_day": 1}) == {tuesday_morning.organisation_id, tuesday_evening.organisation_id}
    assert found({"open_day": 2}) == set()


def test_the_map_page_filters_on_open_now(client, social_map):
    always = place_with(hours=[(day, time(0), time(23, 59)) for day in range(7)])
    never = place_with()
    response = client.get("/sociale-kaart/", {"open_now": "on"})
    assert always.organisation.name in response.content.decode()
    assert never.organisation.name not in response.content.decode()
    assert client.get("/sociale-kaart/", {"open_day": "9", "open_part": "nacht"}).status_code == 200


def test_the_organisation_page_shows_today_and_upcoming_exceptions(client, social_map):
    today = timezone.localdate()
    soon = today + timedelta(days=10)
    place = place_with(
        hours=[(today.weekday(), time(0), time(23, 59))],
        exceptions=[{"starts": soon, "ends": soon + timedelta(days=1), "note": "Verbouwing"}],
    )
    place.organisation.last_reviewed = date(2026, 3, 12)
    place.organisation.save()
    page = client.get(f"/sociale-kaart/{place.organisation.slug}/").content.decode()
    assert "00:00\u201323:59" in page
    assert "Gecontroleerd in maart 2026" in page
    with translation.override("nl"):
        assert f"Gesloten op {day_names(soon, soon + timedelta(days=1))}. Verbouwing" in page
    assert "Nu open, tot 23:59" in page


def test_dates_in_words():
    with translation.override("nl"):
        assert day_names(date(2026, 12, 25), date(2026, 12, 26)) == "25 en 26 december"
        assert day_names(date(2026, 12, 31), date(2027, 1, 1)) == "31 december en 1 januari"
        assert day_names(date(2026, 12, 24), date(2027, 1, 2)) == "24 december tot en met 2 januari"
        assert day_names(date(2026, 4, 27), date(2026, 4, 27)) == "27 april"


def test_an_exception_needs_sensible_dates_and_hours():
    place = place_with()
    with pytest.raises(ValidationError):
        OpeningHoursException(location=place, starts=date(2026, 6, 2), ends=date(2026, 6, 1)).full_clean()
    with pytest.raises(ValidationError):
        OpeningHoursException(
            location=place, starts=date(2026, 6, 1), ends=date(2026, 6, 1), closed=False
        ).full_clean()
    with pytest.raises(ValidationError):
        OpeningHoursException(
            location=place,
            starts=date(2026, 6, 1),
            ends=date(2026, 6, 1),
            closed=False,
            opens=time(12),
            closes=time(9),
        ).full_clean()
