"""Stored occurrences: the schedules of published activities written out as rows, for a rolling horizon.

The schedule (with its exceptions) stays the source of truth; ``ActivityOccurrence`` rows are derived from it when an
activity is published or unpublished (``signal_handlers.py``), by ``load_demo``, and every night by
``manage.py refresh_occurrences``, which also moves the horizon along. A listing then asks the database for "the next
25 from Tuesday" with one indexed range query, instead of expanding every schedule on every request.
"""

from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta

from django.apps import apps as installed_apps
from django.db import transaction
from django.utils import timezone

from herstelnetwerk import content_version

from .recurrence import local_zone, occurrences

#: How far ahead occurrences are stored: a listing starts at most a year ahead and shows at most 30 days.
HORIZON = timedelta(days=366 + 31)
BATCH = 500


@dataclass(frozen=True)
class Schedule:
    """What ``recurrence.occurrences`` needs of an activity, without loading the page."""

    pk: int
    title: str
    recurrence: str
    weekdays: list
    interval: int
    month_week: int
    start_date: object
    end_date: object
    start_time: object
    end_time: object


def stored_window(today: date | None = None) -> tuple[date, date]:
    """The first and last date for which occurrences are stored."""
    today = today or timezone.localdate()
    return today, today + HORIZON


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=local_zone())


def schedules(activities, apps=installed_apps) -> list[tuple[Schedule, list]]:
    """The schedules of ``activities`` (a queryset) as plain values, each with its exceptions: two queries."""
    ActivityException = apps.get_model("agenda", "ActivityException")
    found = [Schedule(**row) for row in activities.values(*(field.name for field in fields(Schedule)))]
    exceptions = {}
    rows = ActivityException.objects.filter(activity__in=[schedule.pk for schedule in found])
    for row in rows.values("activity_id", "kind", "date"):
        exceptions.setdefault(row["activity_id"], []).append(ActivityException(**row))
    return [(schedule, exceptions.get(schedule.pk, [])) for schedule in found]


def rows_for(activities, first: date, last: date, apps=installed_apps) -> list:
    ActivityOccurrence = apps.get_model("agenda", "ActivityOccurrence")
    return [
        ActivityOccurrence(
            activity_id=schedule.pk, starts_at=item.start, ends_at=item.end, cancelled=item.cancelled
        )
        for schedule, exceptions in schedules(activities, apps)
        for item in occurrences(schedule, first, last, exceptions)
    ]


def write(activities, apps=installed_apps):
    """Replace the stored occurrences of ``activities`` (an ``ActivityPage`` queryset): those of the live ones.

    ``apps`` is the app registry: a data migration passes its historical one.
    """
    ActivityOccurrence = apps.get_model("agenda", "ActivityOccurrence")
    first, last = stored_window()
    ids = list(activities.values_list("pk", flat=True))
    with transaction.atomic():
        for start in range(0, len(ids), BATCH):
            batch = ids[start : start + BATCH]
            ActivityOccurrence.objects.filter(activity__in=batch).delete()
            live = activities.model.objects.filter(pk__in=batch, live=True)
            ActivityOccurrence.objects.bulk_create(rows_for(live, first, last, apps), batch_size=BATCH)
        content_version.changed()


def remove(activity):
    activity.stored_occurrences.all().delete()
    content_version.changed()


def refresh(apps=installed_apps):
    """Rewrite every activity's occurrences for today's horizon and forget the past ones. Returns the row count."""
    ActivityOccurrence = apps.get_model("agenda", "ActivityOccurrence")
    first, _last = stored_window()
    with transaction.atomic():
        ActivityOccurrence.objects.filter(starts_at__lt=local_midnight(first)).delete()
        write(apps.get_model("agenda", "ActivityPage").objects.all(), apps)
    return ActivityOccurrence.objects.count()
