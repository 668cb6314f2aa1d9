"""When an activity happens: its schedule expanded into occurrences with python-dateutil's rrule.

Rules run on local dates; each date is then combined with the activity's wall-clock times in Europe/Amsterdam, so
"every Tuesday 10:00" stays at 10:00 across the changes to and from summer time.
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings

WEEKDAYS = [rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU]
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Occurrence:
    activity: object
    start: datetime
    end: datetime
    cancelled: bool = False

    @property
    def date(self) -> date:
        return self.start.date()


def rule(activity) -> rrule.rrule | None:
    """The dateutil rule of a recurring activity, on dates (``None`` for a one-off activity)."""
    dtstart = datetime.combine(activity.start_date, time())
    until = datetime.combine(activity.end_date, time()) if activity.end_date else None
    weekdays = [WEEKDAYS[WEEKDAY_CODES.index(code)] for code in activity.weekdays]
    if activity.recurrence == "weekly":
        return rrule.rrule(
            rrule.WEEKLY, interval=activity.interval, byweekday=weekdays, dtstart=dtstart, until=until
        )
    if activity.recurrence == "monthly":
        nth = [day(activity.month_week) for day in weekdays]
        return rrule.rrule(rrule.MONTHLY, byweekday=nth, dtstart=dtstart, until=until)
    return None


def scheduled_dates(activity, first: date, last: date) -> list[date]:
    """The dates the schedule gives between ``first`` and ``last`` (inclusive), before exceptions."""
    recurring = rule(activity)
    if recurring is None:
        return [activity.start_date] if first <= activity.start_date <= last else []
    window = recurring.between(datetime.combine(first, time()), datetime.combine(last, time()), inc=True)
    return [moment.date() for moment in window]


def occurrences(activity, first: date, last: date, exceptions=None) -> list[Occurrence]:
    """Occurrences between ``first`` and ``last``: cancelled dates marked, extra dates added, in order.

    ``exceptions`` default to ``activity.exceptions.all()``: pass them, or prefetch them, for many activities.
    """
    cancelled, extra = set(), set()
    for exception in activity.exceptions.all() if exceptions is None else exceptions:
        (cancelled if exception.kind == "cancelled" else extra).add(exception.date)
    dates = set(scheduled_dates(activity, first, last))
    dates |= {day for day in extra if first <= day <= last}
    return [
        Occurrence(activity, *wall_clock(activity, day), cancelled=day in cancelled and day not in extra)
        for day in sorted(dates)
    ]


def wall_clock(activity, day: date) -> tuple[datetime, datetime]:
    zone = local_zone()
    start = datetime.combine(day, activity.start_time, tzinfo=zone)
    end = datetime.combine(day, activity.end_time or activity.start_time, tzinfo=zone)
    return start, end
