"""When a place is open: weekly hours, their exceptions and the region's holidays, in Europe/Amsterdam time.

A day's hours are the place's exceptions covering that day when there are any (closed, or other hours), else closed
on a holiday when its organisation follows the holiday list, else its weekly hours. The same rule twice: as a
database condition for the map's filters, and in Python for one organisation's page (prefetched rows).
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Exists, OuterRef, Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

PARTS_OF_DAY = {
    "morning": (gettext_lazy("Morning"), time(6), time(12)),
    "afternoon": (gettext_lazy("Afternoon"), time(12), time(17)),
    "evening": (gettext_lazy("Evening"), time(17), time(23, 59)),
}
UPCOMING_DAYS = 60


def overlaps(start: time, end: time) -> Q:
    """Hours (``opens``/``closes``) open at ``start``, or opening before ``end``; ``start == end`` is a moment."""
    return Q(opens__lte=start, closes__gt=start) | Q(opens__gt=start, opens__lt=end)


def open_organisations(day: date, start: time, end: time) -> Q:
    """Organisations with a place open on ``day`` between ``start`` and ``end``: one condition, no loop."""
    from .models import Holiday, Location, OpeningHours, OpeningHoursException

    exceptions = OpeningHoursException.objects.filter(location=OuterRef("pk"), starts__lte=day, ends__gte=day)
    weekly = OpeningHours.objects.filter(location=OuterRef("pk"), weekday=day.weekday()).filter(
        overlaps(start, end)
    )
    holiday = Holiday.objects.filter(starts__lte=day, ends__gte=day)
    on_holiday = Q(organisation__closed_on_holidays=True) & Exists(holiday)
    open_places = Location.objects.filter(organisation=OuterRef("pk")).filter(
        Exists(exceptions.filter(closed=False).filter(overlaps(start, end)))
        | (~Exists(exceptions) & Exists(weekly) & ~on_holiday)
    )
    return Exists(open_places)


def next_date(weekday: int, today: date) -> date:
    """The first day on or after ``today`` that falls on ``weekday`` (0 is Monday)."""
    return today + timedelta(days=(weekday - today.weekday()) % 7)


@dataclass(frozen=True, order=True)
class Range:
    opens: time
    closes: time
    note: str = ""


def hours_on(place, day: date, holidays) -> list[Range]:
    """The place's opening hours on ``day`` from its prefetched rows.

    ``holidays`` are the (starts, ends) pairs its organisation follows: none when it does not.
    """
    covering = [e for e in place.hour_exceptions.all() if e.starts <= day <= e.ends]
    if covering:
        return sorted(Range(e.opens, e.closes, e.note) for e in covering if not e.closed)
    if any(starts <= day <= ends for starts, ends in holidays):
        return []
    return sorted(
        Range(h.opens, h.closes, h.note) for h in place.opening_hours.all() if h.weekday == day.weekday()
    )


@dataclass(frozen=True)
class Status:
    """Where a place stands at a moment: ``open`` until, ``opens`` at, or closed ``today`` / for the rest of it."""

    state: str
    at: time | None = None

    def __str__(self):
        if self.state == "open":
            return _("Open now, until %(time)s") % {"time": self.at.strftime("%H:%M")}
        if self.state == "opens":
            return _("Opens at %(time)s") % {"time": self.at.strftime("%H:%M")}
        if self.state == "later":
            return _("Closed for the rest of today")
        return _("Closed today")


def status(hours: list[Range], moment: datetime) -> Status:
    now = timezone.localtime(moment).time()
    if not hours:
        return Status("closed")
    for hours_range in hours:
        if hours_range.opens <= now < hours_range.closes:
            return Status("open", hours_range.closes)
        if now < hours_range.opens:
            return Status("opens", hours_range.opens)
    return Status("later")


def day_names(starts: date, ends: date) -> str:
    """ "25 December", "25 and 26 December", "24 December to 2 January"."""

    def name(day):
        return formats.date_format(day, "j F")

    if starts == ends:
        return name(starts)
    if ends == starts + timedelta(days=1):
        if starts.month == ends.month:
            return _("%(first)s and %(second)s") % {"first": starts.day, "second": name(ends)}
        return _("%(first)s and %(second)s") % {"first": name(starts), "second": name(ends)}
    return _("%(first)s to %(last)s") % {"first": name(starts), "last": name(ends)}


def upcoming(place, today: date, holidays) -> list[str]:
    """Exceptions (and followed holidays) from today until ``UPCOMING_DAYS`` ahead, as sentences, by date."""
    horizon = today + timedelta(days=UPCOMING_DAYS)
    found = []
    for exception in place.hour_exceptions.all():
        if exception.ends >= today and exception.starts <= horizon:
            days = day_names(exception.starts, exception.ends)
            if exception.closed:
                sentence = _("Closed on %(days)s") % {"days": days}
            else:
                sentence = _("Other hours on %(days)s: %(hours)s") % {
                    "days": days,
                    "hours": f"{exception.opens:%H:%M}\u2013{exception.closes:%H:%M}",
                }
            found.append((exception.starts, f"{sentence}. {exception.note}".strip()))
    exceptions = place.hour_exceptions.all()
    for starts, ends in holidays:
        overruled = any(e.starts <= starts <= e.ends for e in exceptions)
        if ends >= today and starts <= horizon and not overruled:
            found.append((starts, _("Closed on %(days)s") % {"days": day_names(starts, ends)} + "."))
    return [sentence for _day, sentence in sorted(found)]
