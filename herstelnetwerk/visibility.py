"""What the public may see of the page tree: live pages outside every view restriction.

A page behind a login, password or group restriction (or below one) is private: it never appears in a public
listing, feed, section, filter, sitemap, API answer or search result. Every public query of pages starts here.

``public_pages`` gives the same pages as Wagtail's ``live().public()`` as a subquery of the page query itself, where
``public()`` reads the restrictions in a query of its own each time (and a page shows several lists). Search
backends understand only plain field lookups, so what is offered to search uses ``searchable_public_pages``.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def in_private_section() -> Exists:
    """A restriction on the page or an ancestor: the restricted page's tree path starts this page's path."""
    return Exists(
        PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    )


def public_pages(queryset):
    """``queryset`` (pages of any type, or their manager) narrowed to live pages in no private section."""
    return queryset.live().exclude(in_private_section())


def searchable_public_pages(queryset):
    """The same pages as ``public_pages``, in the field lookups that search backends can translate."""
    return queryset.live().public()


def first_public(model):
    """The first public page of ``model`` (a singleton such as the agenda), or ``None``."""
    return public_pages(model.objects).first()
