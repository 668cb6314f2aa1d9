"""The agenda's dashboard panel: activities that ended or have no next date, and activities without place or
organiser, among the activities the editor may change."""

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from herstelnetwerk.dashboard import CarePanel, Item, editable_pages, section

from .models import ActivityOccurrence, ActivityPage


def edit_item(activity, note=""):
    return Item(activity.title, reverse("wagtailadmin_pages:edit", args=[activity.pk]), note)


def ended_note(activity):
    if activity.ends_on and activity.ends_on < timezone.localdate():
        return _("ended on %(date)s") % {"date": date_format(activity.ends_on, "j F Y")}
    return _("no next date")


def agenda_panel(user) -> CarePanel:
    activities = (
        ActivityPage.objects.live().filter(pk__in=editable_pages(user).values("pk")).order_by("title")
    )
    upcoming = ActivityOccurrence.objects.filter(
        activity=OuterRef("pk"), starts_at__gte=timezone.now(), cancelled=False
    )
    without_next = activities.exclude(Exists(upcoming)).only(
        "pk", "title", "recurrence", "start_date", "end_date"
    )
    incomplete = activities.filter(Q(organiser__isnull=True) | Q(location__isnull=True, online_url="")).only(
        "pk", "title", "organiser_id", "location_id"
    )
    return CarePanel(
        "agenda-care",
        _("Agenda: activities to look at"),
        [
            section(_("Ended, or no next date"), without_next, lambda a: edit_item(a, ended_note(a))),
            section(
                _("Without a place or organiser"),
                incomplete,
                lambda a: edit_item(a, _("no organiser") if a.organiser_id is None else _("no place")),
            ),
        ],
        order=160,
    )
