"""The core's signal receivers: a caching proxy in front of the site is kept current (what lists a page is purged
along with it), and the content version moves on with every change to public content (``content_version.py``)."""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.signals import page_published, page_unpublished

from herstelnetwerk import content_version


def purge_what_lists_the_page(sender, instance, **kwargs):
    """Purge the parent (the agenda, the stories, a subregion) and the home page, which show the newest pages.

    Wagtail's ``frontend_cache`` app purges the page itself.
    """
    if not settings.WAGTAILFRONTENDCACHE:
        return
    site = instance.get_site()
    listings = {
        page.pk: page for page in (instance.get_parent(), site and site.root_page) if page and page.depth > 1
    }
    purge_pages_from_cache(listings.values())


def register_signal_handlers():
    content_version.connect()
    page_published.connect(purge_what_lists_the_page, dispatch_uid="herstelnetwerk.purge_listings")
    page_unpublished.connect(
        purge_what_lists_the_page, dispatch_uid="herstelnetwerk.purge_listings_on_unpublish"
    )
