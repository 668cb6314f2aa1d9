"""Which pages anonymous visitors may see, answered inside the query that needs it.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction with a query of its own, and
``Page.get_view_restrictions()`` reads the page's ancestors before its restrictions. Both answers fit in the query
that asks, so a public page costs two queries fewer.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def public():
    """A filter for pages in no private section (``PageQuerySet.public()`` as a subquery): no view restriction on
    the page or on an ancestor, whose path begins the page's path."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return ~Exists(restricted)


def restrictions_for(page):
    """The view restrictions that apply to ``page``: on it or an ancestor, or on the page one of them is an alias of
    (an alias has none of its own). One query, where Wagtail's ``get_view_restrictions`` makes two."""
    paths = [page.path[:end] for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
    ).distinct()
