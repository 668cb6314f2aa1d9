"""The address of the live wegwijzer, for the ways in on every page: cached, so the menu costs no query."""

from django.core.cache import cache

CACHE_KEY = "wegwijzer:url"


def wegwijzer_url() -> str | None:
    url = cache.get(CACHE_KEY)
    if url is None:
        from .models import WegwijzerPage

        page = WegwijzerPage.objects.live().first()
        url = page.url if page else ""
        cache.set(CACHE_KEY, url, timeout=3600)
    return url or None


def forget(**kwargs):
    cache.delete(CACHE_KEY)
