"""The live, public children of the site's home page, read with one query per request.

The menu shows those marked "show in menus", the home page routes to them, and plugins find their index page (the
agenda, the social map, the stories) among them: one query for all, where each used to ask the database itself.
"""

from wagtail.models import Site

from herstelnetwerk.visibility import public


def top_pages(request) -> list:
    """The home page's live, public children in menu order (plain ``Page`` objects)."""
    if not hasattr(request, "_herstelnetwerk_top_pages"):
        site = Site.find_for_request(request)
        pages = site.root_page.get_children().live().filter(public()) if site else []
        request._herstelnetwerk_top_pages = list(pages)
    return request._herstelnetwerk_top_pages


def top_page_with_pk(request, pk):
    """The top page with primary key ``pk`` (specific, its own fields loaded when first used), or ``None``."""
    found = next((page for page in top_pages(request) if page.pk == pk), None)
    return found.specific_deferred if found else None


def top_page(request, model):
    """The first top page of type ``model`` (its own fields loaded when first used), or ``None``."""
    found = next((page for page in top_pages(request) if page.specific_class is model), None)
    return found.specific_deferred if found else None
