"""What the public may see of the page tree: live pages outside every view restriction, answered inside the query
that needs it.

A page behind a login, password or group restriction (or below one) is private: it never appears in a public
listing, feed, section, filter, sitemap, API answer or search result. Every public query of pages starts here.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction with a query of its own (and a page shows
several lists), and ``Page.get_view_restrictions()`` reads the page's ancestors before its restrictions. Both answers
fit in the query that asks. Search backends understand only plain field lookups, so what is offered to search uses
``searchable_public_pages``.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def in_private_section() -> Exists:
    """A restriction on the page or an ancestor: the restricted page's tree path starts this page's path."""
    return Exists(
        PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    )


def public():
    """A filter for pages in no private section (``PageQuerySet.public()`` as a subquery)."""
    return ~in_private_section()


def public_pages(queryset):
    """``queryset`` (pages of any type, or their manager) narrowed to live pages in no private section."""
    return queryset.live().filter(public())


def searchable_public_pages(queryset):
    """The same pages as ``public_pages``, in the field lookups that search backends can translate."""
    return queryset.live().public()


def first_public(model):
    """The first public page of ``model`` (a singleton such as the agenda), or ``None``."""
    return public_pages(model.objects).first()


def restrictions_for(page):
    """The view restrictions that apply to ``page``: on it or an ancestor, or on the page one of them is an alias of
    (an alias has none of its own). One query, where Wagtail's ``get_view_restrictions`` makes two."""
    paths = [page.path[:end] for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
    ).distinct()
