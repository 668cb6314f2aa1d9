"""The agenda's lists: filters from the query string, activities in a few queries, occurrences expanded in Python.

In two steps, so that neither the number of queries nor the work per request grows much with the agenda: first the
schedules of every activity in the window (plain values, no page objects) are expanded into occurrences; then only
the activities of the occurrences that are shown are loaded, with their place, municipality, subregion, organiser
and themes.
"""

from dataclasses import dataclass, fields, replace
from datetime import timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstelnetwerk.filters import (
    FilterForm,
    municipality_choices,
    subregion_choices,
    theme_choices,
    with_everything,
)
from herstelnetwerk.pagination import paginate
from herstelnetwerk.visibility import public_pages

from .recurrence import Occurrence, occurrences

PER_PAGE = 25
PERIODS = {"day": 0, "week": 6, "month": 30}
FURTHEST_AHEAD = timedelta(days=730)


class AgendaFilterForm(FilterForm):
    date = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    period = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[("month", _("30 days")), ("week", _("7 days")), ("day", _("only this day"))],
    )
    subregion = forms.ChoiceField(label=_("Subregion"), required=False)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    type = forms.ChoiceField(label=_("Kind of activity"), required=False)
    free = forms.BooleanField(label=_("Only free activities"), required=False)
    online = forms.BooleanField(label=_("Only online"), required=False)

    def __init__(self, *args, with_dates=True, **kwargs):
        from .models import ActivityType

        super().__init__(*args, **kwargs)
        self.fields["subregion"].choices = subregion_choices()
        self.fields["municipality"].choices = municipality_choices()
        self.fields["theme"].choices = theme_choices()
        self.fields["type"].choices = with_everything(ActivityType.choices)
        if not with_dates:
            del self.fields["date"], self.fields["period"]

    def clean_date(self):
        day, today = self.cleaned_data["date"], timezone.localdate()
        if day and not today <= day <= today + FURTHEST_AHEAD:
            raise forms.ValidationError(_("Choose a date from today up to two years ahead."))
        return day


def filtered_activities(agenda, filters):
    from .models import ActivityPage

    activities = public_pages(ActivityPage.objects.child_of(agenda))
    if "subregion" in filters:
        activities = activities.filter(location__municipality__subregion__slug=filters["subregion"])
    if "municipality" in filters:
        activities = activities.filter(location__municipality__slug=filters["municipality"])
    if "theme" in filters:
        activities = activities.filter(themes__slug=filters["theme"])
    if "type" in filters:
        activities = activities.filter(activity_type=filters["type"])
    if filters.get("free"):
        activities = activities.filter(is_free=True)
    if filters.get("online"):
        activities = activities.exclude(online_url="")
    return activities.select_related("location__municipality__subregion", "organiser").prefetch_related(
        "exceptions", "themes"
    )


def in_window(activities, first, last):
    """Activities whose schedule can fall between ``first`` and ``last``."""
    once = Q(recurrence="once", start_date__range=(first, last))
    repeating = (
        ~Q(recurrence="once") & Q(start_date__lte=last) & (Q(end_date__isnull=True) | Q(end_date__gte=first))
    )
    extra = Q(exceptions__kind="extra", exceptions__date__range=(first, last))
    return activities.filter(once | repeating | extra).distinct()


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


def upcoming_occurrences(activities, first, last) -> list[Occurrence]:
    """Occurrences between ``first`` and ``last`` in order, of schedules only: ``with_activities`` the ones shown."""
    from .models import ActivityException

    rows = in_window(activities, first, last).values(*(field.name for field in fields(Schedule)))
    schedules = [Schedule(**row) for row in rows]
    exceptions = {}
    for row in ActivityException.objects.filter(activity__in=[schedule.pk for schedule in schedules]).values(
        "activity_id", "kind", "date"
    ):
        exceptions.setdefault(row["activity_id"], []).append(ActivityException(**row))
    found = [
        item
        for schedule in schedules
        for item in occurrences(schedule, first, last, exceptions.get(schedule.pk, []))
    ]
    return sorted(found, key=lambda item: (item.start, item.activity.title))


def with_activities(found, activities) -> list[Occurrence]:
    """The occurrences with their activity pages in place of schedules: one query, plus prefetches."""
    pages = (
        activities.prefetch_related(None)
        .prefetch_related("themes")
        .in_bulk([item.activity.pk for item in found])
    )
    return [replace(item, activity=pages[item.activity.pk]) for item in found]


def upcoming_context(agenda, request):
    form = AgendaFilterForm(request.GET or None)
    filters = form.valid_filters() if request.GET else {}
    today = timezone.localdate()
    first = filters.get("date", today)
    last = first + timedelta(days=PERIODS[filters.get("period", "month")])
    activities = filtered_activities(agenda, filters)
    paginated = paginate(request, upcoming_occurrences(activities, first, last), PER_PAGE)
    paginated.page_obj.object_list = with_activities(paginated.page_obj.object_list, activities)
    query = request.GET.copy()
    query.pop("page", None)
    for name in ("date", "period"):
        query.pop(name, None)
    return {
        "filter_form": form,
        "paginated": paginated,
        "occurrences": paginated.page_obj,
        "first": first,
        "last": last,
        "today": today,
        "tomorrow": today + timedelta(days=1),
        "filtered": bool(filters),
        "feed_query": query.urlencode(),
    }


def archive_context(agenda, request):
    from .models import ActivityPage

    today = timezone.localdate()
    past = (
        public_pages(ActivityPage.objects.child_of(agenda))
        .filter(Q(recurrence="once", start_date__lt=today) | Q(end_date__lt=today))
        .select_related("location__municipality")
        .order_by("-start_date", "title")
    )
    paginated = paginate(request, past, PER_PAGE)
    return {"paginated": paginated, "activities": paginated.page_obj}


def feed_activities(agenda, request):
    """Activities for a feed: the filters of the query string, without those that ended over a month ago."""
    filters = AgendaFilterForm(request.GET, with_dates=False).valid_filters()
    since = timezone.localdate() - timedelta(days=31)
    return filtered_activities(agenda, filters).filter(
        Q(recurrence="once", start_date__gte=since)
        | (~Q(recurrence="once") & (Q(end_date__isnull=True) | Q(end_date__gte=since)))
    )


def area_occurrences(agenda, days=7, limit=5, **filters):
    """The next occurrences for a section on the home or a subregion page."""
    today = timezone.localdate()
    activities = filtered_activities(agenda, filters)
    found = upcoming_occurrences(activities, today, today + timedelta(days=days))
    return with_activities([item for item in found if not item.cancelled][:limit], activities)
