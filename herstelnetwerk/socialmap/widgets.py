"""The place picker of the Location form: a small Leaflet map (the self-hosted Leaflet of the social map) on which a
click sets latitude and longitude, and a "Zoek adres" button that asks PDOK (see ``geocoding``). Without JavaScript
the two number fields stay as they are; typed coordinates move the marker."""

from django import forms
from django.conf import settings
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class MapPickerInput(forms.NumberInput):
    """The latitude field, with the map and the address button after it (they fill the longitude field too)."""

    template_name = "socialmap/widgets/map_picker.html"

    def __init__(self, attrs=None):
        super().__init__({"step": "0.000001", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["map"] = {
            "tiles": settings.SOCIALMAP_TILE_URL,
            "attribution": settings.SOCIALMAP_TILE_ATTRIBUTION,
            "geocode_url": reverse_lazy("socialmap_geocode"),
        }
        return context

    @property
    def media(self):
        return forms.Media(
            css={"all": ["socialmap/vendor/leaflet/leaflet.css"]},
            js=["socialmap/vendor/leaflet/leaflet.js", "socialmap/map_picker.js"],
        )


def coordinates_panel():
    """Location's "Coordinates" panel: the map picker on latitude, longitude beside it."""
    return MultiFieldPanel(
        [FieldPanel("latitude", widget=MapPickerInput()), FieldPanel("longitude")], heading=_("Coordinates")
    )
