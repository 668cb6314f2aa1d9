from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from herstelnetwerk import plugins
from herstelnetwerk.routing import file_routes
from herstelnetwerk.top_pages import top_page

from . import demo
from .listing import area_occurrences
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
        "more_label": _("All activities in %(subregion)s") % {"subregion": page.title},
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
            theme_lookup="themes",
        )
    ]


@hooks.register(plugins.SITE_URLS)
def calendar_urls():
    return file_routes("ics", name="agenda_calendar")


@hooks.register(plugins.DEMO_CONTENT)
def demo_activities():
    return [plugins.DemoContent(_("Agenda"), demo.build, order=30)]
