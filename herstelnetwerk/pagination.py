"""Pagination for public listings that never fails on a bad ``page`` parameter."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator


@dataclass(frozen=True)
class Paginated:
    page_obj: Page
    #: The current GET parameters without ``page``, url-encoded, for the pagination links.
    query: str
    #: True when the requested page did not exist and the nearest one is shown instead.
    corrected: bool


def paginate(request, items, per_page=20):
    """Page through ``items`` by ``?page=``; a missing, malformed or too large number gives the nearest page."""
    paginator = Paginator(items, per_page)
    raw = request.GET.get("page", "1")
    requested = int(raw[:18]) if raw.isdigit() else None  # 18 digits: past any last page, below int limits
    page_obj = paginator.get_page(max(requested or 1, 1))
    query = request.GET.copy()
    query.pop("page", None)
    return Paginated(page_obj=page_obj, query=query.urlencode(), corrected=page_obj.number != requested)
