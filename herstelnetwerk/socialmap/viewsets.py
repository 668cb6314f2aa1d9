from django.urls import reverse_lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from herstelnetwerk.columns import YesNoColumn

from .models import Correction, Holiday, Location, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = [
        "name",
        "kind",
        YesNoColumn(
            "walk_in",
            label=capfirst(Organisation._meta.get_field("walk_in").verbose_name),
            sort_key="walk_in",
        ),
        "last_reviewed",
    ]
    list_filter = ["kind", "walk_in", "themes", "municipalities_served", "last_reviewed"]
    list_export = ["slug", "name", "kind", "phone", "email", "website", "walk_in", "last_reviewed"]
    # The admin's own search runs on the database (icontains), whatever public search engine is configured.
    search_backend_name = None
    search_fields = ["name", "description", "slug"]
    ordering = ["name"]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "city", "municipality", "organisation"]
    list_filter = ["municipality", "wheelchair_accessible"]
    search_backend_name = None
    search_fields = ["name", "city", "street_address"]
    ordering = ["name"]


class HolidayViewSet(SnippetViewSet):
    model = Holiday
    icon = "date"
    menu_label = _("Holidays")
    list_display = ["name", "starts", "ends"]
    ordering = ["-starts"]


class CorrectionViewSet(SnippetViewSet):
    """Visitors' suggested corrections: a task list for the editors, with a link to the item to edit."""

    model = Correction
    icon = "warning"
    menu_label = _("Suggested corrections")
    list_display = [
        TitleColumn(
            "item", label=_("About"), accessor="__str__", get_url=lambda correction: correction.item_url
        ),
        Column("message", label=_("What is wrong?")),
        "email",
        "created_at",
        YesNoColumn(
            "handled", label=capfirst(Correction._meta.get_field("handled").verbose_name), sort_key="handled"
        ),
    ]
    list_filter = ["handled"]
    ordering = ["handled", "-created_at"]


class SocialMapViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, LocationViewSet, HolidayViewSet, CorrectionViewSet)
    menu_icon = "site"
    menu_label = _("Social map")
    menu_name = "social-map"
    menu_order = 300

    def get_submenu_items(self):
        return [
            *super().get_submenu_items(),
            MenuItem(
                _("Import (CSV)"),
                reverse_lazy("socialmap_import"),
                icon_name="upload",
                name="social-map-import",
            ),
            MenuItem(
                _("Entries to check"),
                reverse_lazy("socialmap_stale"),
                icon_name="warning",
                name="social-map-stale",
            ),
        ]
