"""Calendar files under page URLs (``/agenda/feed.ics``): Wagtail serves only paths that end in a slash."""

from django.urls import re_path
from wagtail.views import serve


def serve_calendar(request, page_path, filename):
    """Hand ``<page>/<name>.ics`` to the page's routable view ``<name>.ics/``."""
    return serve(request, f"{page_path}{filename}/")


urlpatterns = [re_path(r"^((?:[\w\-]+/)*)([\w\-]+\.ics)$", serve_calendar, name="agenda_calendar")]
