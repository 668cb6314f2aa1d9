"""Files under page URLs (``/agenda/feed.ics``, ``/sociale-kaart/export.csv``).

Wagtail serves only paths that end in a slash, so these patterns (mounted through the ``SITE_URLS`` hook) hand
``<page path>/<name>.<extension>`` to the page's routable view ``<name>.<extension>/``.
"""

from django.urls import re_path
from wagtail.views import serve


def serve_file_route(request, page_path, filename):
    return serve(request, f"{page_path}{filename}/")


def file_routes(*extensions, name):
    pattern = r"^((?:[\w\-]+/)*)([\w\-]+\.(?:%s))$" % "|".join(extensions)  # noqa: UP031
    return [re_path(pattern, serve_file_route, name=name)]
