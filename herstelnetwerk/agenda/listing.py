"""The agenda's lists: filters from the query string, occurrences read from their stored rows.

Every list (the agenda, its pages and filters, the sections on the home and subregion pages) is one range query on
the stored occurrences (``occurrences.py``) with a ``LIMIT``, joined to the live, public activities that match the
filters; only the activities shown are loaded, with their place. The work per request does not grow with the agenda.
"""

from datetime import timedelta

from django import forms
from django.db.models import Exists, OuterRef, Q
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
from herstelnetwerk.visibility import public, public_pages

from .occurrences import local_midnight, stored_window
from .recurrence import Occurrence

PER_PAGE = 25
PERIODS = {"day": 0, "week": 6, "month": 30}
FURTHEST_AHEAD = timedelta(days=366)  # within the stored horizon (occurrences.HORIZON)


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
        self.fields["subregion"].choices = subregion_choices(self.request)
        self.fields["municipality"].choices = municipality_choices()
        self.fields["theme"].choices = theme_choices()
        self.fields["type"].choices = with_everything(ActivityType.choices)
        if not with_dates:
            del self.fields["date"], self.fields["period"]

    def clean_date(self):
        day, today = self.cleaned_data["date"], timezone.localdate()
        if day and not today <= day <= today + FURTHEST_AHEAD:
            raise forms.ValidationError(_("Choose a date from today up to a year ahead."))
        return day


def filtered_activities(agenda, filters):
    from .models import ActivityPage

    activities = ActivityPage.objects.child_of(agenda).live().filter(public())
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
    return activities


def stored_occurrences(activities, first, last, *, cancelled=True, few=False):
    """The stored occurrences of ``activities`` from the date ``first`` to ``last`` (inclusive), in order.

    One range query. By default it walks the ``starts_at`` index in order and checks each row's activity against
    ``activities`` by its key, so a ``LIMIT`` stops it early and nothing is read for activities that are not shown
    (as ``activity IN (...)``, SQLite would first list every matching activity and read all their occurrences).
    When the activities are ``few`` (one organiser's), their own occurrences are read instead: walking the whole
    period to find a handful would read every row in it.
    """
    from .models import ActivityOccurrence

    if few:
        belongs = Q(activity__in=activities.values("pk"))
    else:
        belongs = Exists(activities.filter(pk=OuterRef("activity_id")))
    rows = ActivityOccurrence.objects.filter(
        belongs,
        starts_at__gte=local_midnight(first),
        starts_at__lt=local_midnight(last + timedelta(days=1)),
    )
    if not cancelled:
        rows = rows.filter(cancelled=False)
    return rows.select_related("activity__location").order_by("starts_at", "activity__title", "activity_id")


def as_occurrences(rows) -> list[Occurrence]:
    """Stored rows as the occurrences the templates show: in local time, with the activity page."""
    return [
        Occurrence(
            row.activity, timezone.localtime(row.starts_at), timezone.localtime(row.ends_at), row.cancelled
        )
        for row in rows
    ]


def upcoming_context(agenda, request):
    form = AgendaFilterForm(request.GET or None, request=request)
    filters = form.valid_filters() if request.GET else {}
    today = timezone.localdate()
    first = filters.get("date", today)
    last = first + timedelta(days=PERIODS[filters.get("period", "month")])
    paginated = paginate(
        request, stored_occurrences(filtered_activities(agenda, filters), first, last), PER_PAGE
    )
    paginated.page_obj.object_list = as_occurrences(paginated.page_obj.object_list)
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
    """The valid filters of the query string and the activities of a feed: from those that ended a month ago to those that start
    within the stored horizon."""
    filters = AgendaFilterForm(request.GET, request=request, with_dates=False).valid_filters()
    since = timezone.localdate() - timedelta(days=31)
    return filters, filtered_activities(agenda, filters).filter(
        Q(recurrence="once", start_date__gte=since)
        | (~Q(recurrence="once") & (Q(end_date__isnull=True) | Q(end_date__gte=since))),
        start_date__lte=stored_window()[1],
    )


def organiser_occurrences(agenda, organisation, days=60, limit=5, scan=40):
    """The next date of each of ``organisation``'s activities (at most ``limit``), soonest first.

    One range query on the stored occurrences, cut at ``scan`` rows: an organiser whose weekly walk-in fills those
    rows shows fewer activities, never more queries.
    """
    today = timezone.localdate()
    activities = filtered_activities(agenda, {}).filter(organiser=organisation)
    rows = stored_occurrences(activities, today, today + timedelta(days=days), cancelled=False, few=True)[
        :scan
    ]
    first_of_each = {}
    for row in rows:
        first_of_each.setdefault(row.activity_id, row)
    return as_occurrences(list(first_of_each.values())[:limit])


def area_occurrences(agenda, days=7, limit=5, **filters):
    """The next occurrences for a section on the home or a subregion page."""
    today = timezone.localdate()
    rows = stored_occurrences(
        filtered_activities(agenda, filters), today, today + timedelta(days=days), cancelled=False
    )
    return as_occurrences(rows[:limit])
