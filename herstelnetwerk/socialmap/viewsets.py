from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Location, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "walk_in", "last_reviewed"]
    list_filter = ["kind", "walk_in"]
    search_fields = ["name", "description"]
    ordering = ["name"]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "city", "municipality", "organisation"]
    list_filter = ["municipality", "wheelchair_accessible"]
    search_fields = ["name", "city", "street_address"]
    ordering = ["name"]


class SocialMapViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, LocationViewSet)
    menu_icon = "site"
    menu_label = _("Social map")
    menu_name = "social-map"
    menu_order = 300
