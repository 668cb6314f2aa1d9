from django.db.models import Q
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from herstelnetwerk import plugins
from herstelnetwerk.gazetteer import in_place
from herstelnetwerk.lexicon import ACTIVITY_TYPE_WORDS
from herstelnetwerk.routing import file_routes
from herstelnetwerk.top_pages import top_page

from . import dashboard, demo
from .admin_views import schedule_text_view
from .listing import area_occurrences, organiser_occurrences
from .models import ActivityPage, AgendaPage


@hooks.register(plugins.HOME_PAGE_SECTIONS)
def this_week(page, request):
    agenda = top_page(request, AgendaPage)
    if agenda is None:
        return []
    context = {
        "heading": _("This week in the agenda"),
        "heading_id": "agenda-this-week",
        "items": area_occurrences(agenda, days=7, limit=5),
        "empty_text": _("No activities this week."),
        "more_url": agenda.url,
        "more_label": _("All activities"),
    }
    return [plugins.Section("agenda/includes/upcoming_section.html", context, order=20)]


@hooks.register(plugins.SUBREGION_PAGE_SECTIONS)
def local_activities(page, request):
    agenda = top_page(request, AgendaPage)
    if agenda is None:
        return []
    context = {
        "heading": _("Activities nearby"),
        "heading_id": "agenda-nearby",
        "items": area_occurrences(agenda, days=30, limit=5, subregion=page.slug),
        "empty_text": _("No activities in this subregion in the coming month."),
        "more_url": f"{agenda.url}?subregion={page.slug}",
        "more_label": _("All activities %(in_place)s") % {"in_place": in_place(page.title)},
    }
    return [plugins.Section("agenda/includes/upcoming_section.html", context, order=20)]


@hooks.register(plugins.ORGANISATION_PAGE_SECTIONS)
def organised_activities(organisation, request):
    """The organisation's own activities in the agenda, each with its next date; nothing when it has none."""
    agenda = top_page(request, AgendaPage)
    items = organiser_occurrences(agenda, organisation) if agenda is not None else []
    if not items:
        return []
    context = {
        "heading": _("Activities of this organisation"),
        "heading_id": "organisation-activities",
        "items": items,
        "empty_text": "",
    }
    return [plugins.Section("agenda/includes/upcoming_section.html", context, order=20)]


@hooks.register(plugins.SEARCHABLE_TYPES)
def searchable_activities():
    return [
        plugins.SearchableType(
            ActivityPage,
            _("Activity"),
            order=20,
            subregion_lookup="location__municipality__subregion",
            municipality_lookup="location__municipality",
            theme_lookup="themes",
            kind_field="activity_type",
            kind_words=ACTIVITY_TYPE_WORDS,
            current=still_to_come,
        )
    ]


def still_to_come() -> Q:
    """Activities with a date today or later: a one-off still ahead, or a series that has not ended."""
    today = timezone.localdate()
    return Q(start_date__gte=today) | (
        ~Q(recurrence="once") & (Q(end_date__isnull=True) | Q(end_date__gte=today))
    )


@hooks.register(plugins.SITE_URLS)
def calendar_urls():
    return file_routes("ics", name="agenda_calendar")


@hooks.register(plugins.DEMO_CONTENT)
def demo_activities():
    return [plugins.DemoContent(_("Agenda"), demo.build, order=30)]


@hooks.register(plugins.WAYS_IN)
def agenda_way_in(request):
    page = top_page(request, AgendaPage)
    return [plugins.Link(_("See what is on in the agenda"), page.get_url(request), order=20)] if page else []


@hooks.register("register_admin_urls")
def schedule_text_url():
    return [path("agenda/schedule-text/", schedule_text_view, name="agenda_schedule_text")]


@hooks.register("insert_editor_js")
def activity_form_js():
    """Shows only the schedule fields that apply, and reads the schedule back in words (progressive enhancement)."""
    return format_html(
        '<script src="{}" data-schedule-url="{}" defer></script>',
        static("agenda/js/activity_form.js"),
        reverse("agenda_schedule_text"),
    )


@hooks.register("construct_homepage_panels")
def agenda_care_panel(request, panels):
    panels.append(dashboard.agenda_panel(request.user))
