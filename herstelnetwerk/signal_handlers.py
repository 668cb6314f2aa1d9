"""Keep caches current: what lists a page is purged along with it from a caching proxy, and the social map's
neighbours (``socialmap.nearby``) are computed again when a place, organisation or municipality changes, its holidays when a holiday does."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.signals import page_published, page_unpublished


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
    from herstelnetwerk.models import Municipality
    from herstelnetwerk.socialmap.listing import forget_holidays
    from herstelnetwerk.socialmap.models import Holiday, Location, Organisation
    from herstelnetwerk.socialmap.nearby import places_changed

    for model in (Location, Organisation, Municipality):
        for signal in (post_save, post_delete):
            signal.connect(
                places_changed, sender=model, dispatch_uid=f"socialmap_nearby_{model.__name__}_{id(signal)}"
            )
    for signal in (post_save, post_delete):
        signal.connect(forget_holidays, sender=Holiday, dispatch_uid=f"socialmap_holidays_{id(signal)}")
    page_published.connect(purge_what_lists_the_page, dispatch_uid="herstelnetwerk.purge_listings")
    page_unpublished.connect(
        purge_what_lists_the_page, dispatch_uid="herstelnetwerk.purge_listings_on_unpublish"
    )
