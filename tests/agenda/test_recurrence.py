"""Schedules expand into the right local dates and wall-clock times, also across summer time."""

from datetime import date, time
from zoneinfo import ZoneInfo

from herstelnetwerk.agenda.recurrence import occurrences
from tests.agenda.factories import ActivityPageFactory, add_extra_date, cancel, weekly

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def starts(found):
    return [
        (item.start.date(), item.start.time(), item.start.utcoffset().total_seconds() / 3600)
        for item in found
    ]


def test_weekly_keeps_its_wall_clock_time_across_the_end_of_summer_time(agenda):
    # Summer time ended on Sunday 25 October 2026.
    activity = weekly(agenda, days=["TU"], start_date=date(2026, 10, 13), start_time=time(10, 0))

    found = occurrences(activity, date(2026, 10, 13), date(2026, 11, 3))

    assert starts(found) == [
        (date(2026, 10, 13), time(10, 0), 2.0),
        (date(2026, 10, 20), time(10, 0), 2.0),
        (date(2026, 10, 27), time(10, 0), 1.0),
        (date(2026, 11, 3), time(10, 0), 1.0),
    ]


def test_an_occurrence_on_the_night_summer_time_starts_keeps_its_local_time(agenda):
    # Summer time starts on Sunday 29 March 2026 at 02:00 (clocks go to 03:00).
    activity = weekly(
        agenda, days=["SU"], start_date=date(2026, 3, 22), start_time=time(14, 0), end_time=time(16, 0)
    )

    found = occurrences(activity, date(2026, 3, 22), date(2026, 3, 29))

    assert [item.start.utcoffset().total_seconds() / 3600 for item in found] == [1.0, 2.0]
    assert all((item.end - item.start).total_seconds() == 7200 for item in found)


def test_every_other_week_on_two_days_until_an_end_date(agenda):
    activity = weekly(
        agenda, days=["MO", "TH"], interval=2, start_date=date(2026, 11, 2), end_date=date(2026, 11, 19)
    )

    found = occurrences(activity, date(2026, 11, 1), date(2026, 12, 31))

    assert [item.date for item in found] == [
        date(2026, 11, 2),
        date(2026, 11, 5),
        date(2026, 11, 16),
        date(2026, 11, 19),
    ]


def test_monthly_on_the_first_and_the_last_wednesday(agenda):
    first = ActivityPageFactory(
        parent=agenda, recurrence="monthly", weekdays=["WE"], month_week=1, start_date=date(2026, 1, 1)
    )
    last = ActivityPageFactory(
        parent=agenda, recurrence="monthly", weekdays=["WE"], month_week=-1, start_date=date(2026, 1, 1)
    )

    window = (date(2026, 11, 1), date(2027, 1, 31))

    assert [item.date for item in occurrences(first, *window)] == [
        date(2026, 11, 4),
        date(2026, 12, 2),
        date(2027, 1, 6),
    ]
    assert [item.date for item in occurrences(last, *window)] == [
        date(2026, 11, 25),
        date(2026, 12, 30),
        date(2027, 1, 27),
    ]


def test_cancelled_dates_are_kept_and_marked_and_extra_dates_added(agenda):
    activity = weekly(agenda, days=["TU"], start_date=date(2026, 11, 3))
    cancel(activity, date(2026, 11, 10))
    add_extra_date(activity, date(2026, 11, 12))

    found = occurrences(activity, date(2026, 11, 1), date(2026, 11, 17))

    assert [(item.date, item.cancelled) for item in found] == [
        (date(2026, 11, 3), False),
        (date(2026, 11, 10), True),
        (date(2026, 11, 12), False),
        (date(2026, 11, 17), False),
    ]


def test_a_one_off_activity_occurs_once_inside_its_window_only(agenda):
    activity = ActivityPageFactory(parent=agenda, start_date=date(2026, 12, 1))

    assert [item.date for item in occurrences(activity, date(2026, 11, 1), date(2026, 12, 31))] == [
        date(2026, 12, 1)
    ]
    assert occurrences(activity, date(2026, 12, 2), date(2026, 12, 31)) == []


def test_nothing_before_the_first_date(agenda):
    activity = weekly(agenda, days=["TU"], start_date=date(2026, 12, 1))

    assert occurrences(activity, date(2026, 11, 1), date(2026, 11, 30)) == []
