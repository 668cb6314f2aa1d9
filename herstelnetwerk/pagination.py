"""Pagination for public listings that never fails on a bad ``page`` parameter, and counts once per content version."""

from dataclasses import dataclass
from functools import cached_property
from hashlib import sha256

from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

from herstelnetwerk import content_version


@dataclass(frozen=True)
class Paginated:
    page_obj: Page
    #: The current GET parameters without ``page``, url-encoded, for the pagination links.
    query: str
    #: True when the requested page did not exist and the nearest one is shown instead.
    corrected: bool


class CountOncePaginator(Paginator):
    """Counts a queryset once per content version: the count of a month's agenda reads thousands of rows, the page
    itself only twenty-five. The query's SQL (with its filters and dates) is the key, so every listing and filter
    has its own count, and a change to public content (``content_version``) makes every count stale."""

    @cached_property
    def count(self):
        count = Paginator.count.func
        if not isinstance(self.object_list, QuerySet):
            return count(self)
        try:
            sql, params = self.object_list.query.sql_with_params()
        except EmptyResultSet:
            return 0
        key = sha256(repr((sql, params)).encode()).hexdigest()
        return content_version.cached(f"count:{key}", lambda: count(self))


def paginate(request, items, per_page=20):
    """Page through ``items`` by ``?page=``; a missing, malformed or too large number gives the nearest page."""
    paginator = CountOncePaginator(items, per_page)
    raw = request.GET.get("page", "1")
    requested = int(raw[:18]) if raw.isdigit() else None  # 18 digits: past any last page, below int limits
    page_obj = paginator.get_page(max(requested or 1, 1))
    query = request.GET.copy()
    query.pop("page", None)
    return Paginated(page_obj=page_obj, query=query.urlencode(), corrected=page_obj.number != requested)
