"""iCalendar (RFC 5545) for the agenda: one VEVENT per activity, its schedule as RRULE, RDATE and EXDATE.

Times carry the Europe/Amsterdam TZID with a VTIMEZONE, so calendar apps keep "10:00" at 10:00 all year.
UIDs are stable (the page id and the host), so a subscribed calendar updates events instead of duplicating them.
"""

from datetime import UTC, datetime

from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from .recurrence import rule, wall_clock

PRODUCT_ID = "-//Herstelnetwerk Noord-Holland-Noord//Mentale agenda//NL"


def calendar(activities, request, name):
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for activity in activities:
        cal.add_component(event(activity, request))
    cal.add_missing_timezones()
    return cal


def event(activity, request):
    start, end = wall_clock(activity, activity.start_date)
    vevent = Event()
    vevent.add("uid", f"activity-{activity.pk}@{request.get_host().split(':')[0]}")
    vevent.add("dtstamp", timezone.now())
    vevent.add("last-modified", activity.last_published_at or timezone.now())
    vevent.add("summary", activity.title)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    if activity.intro:
        vevent.add("description", activity.intro)
    vevent.add("url", activity.get_full_url(request))
    if place := location_text(activity):
        vevent.add("location", place)
    exceptions = list(activity.exceptions.all())
    cancelled = sorted(item.date for item in exceptions if item.kind == "cancelled")
    extra = sorted(item.date for item in exceptions if item.kind == "extra")
    if rule(activity) is None:
        if activity.start_date in cancelled:
            vevent.add("status", "CANCELLED")
    else:
        vevent.add("rrule", recurrence(activity))
        if cancelled:
            vevent.add("exdate", [wall_clock(activity, day)[0] for day in cancelled])
    if extra:
        vevent.add("rdate", [wall_clock(activity, day)[0] for day in extra])
    return vevent


def recurrence(activity):
    parts = {"freq": "WEEKLY" if activity.recurrence == "weekly" else "MONTHLY", "byday": []}
    if activity.recurrence == "weekly":
        parts["interval"] = activity.interval
        parts["byday"] = list(activity.weekdays)
    else:
        parts["byday"] = [f"{activity.month_week}{code}" for code in activity.weekdays]
    if activity.end_date:
        # UNTIL is inclusive and, with a TZID start, must be in UTC: the start time on the last date.
        last = datetime.combine(
            activity.end_date, activity.start_time, tzinfo=timezone.get_current_timezone()
        )
        parts["until"] = last.astimezone(UTC)
    return vRecur(parts)


def location_text(activity):
    if activity.location:
        place = activity.location
        return ", ".join(
            part for part in (place.name, place.street_address, place.postal_code, place.city) if part
        )
    return activity.online_url
