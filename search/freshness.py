"""What every search reads and seldom changes (subregions, themes, synonyms, view restrictions, the spelling
vocabulary), kept in the shared cache under one content version that any change to public content moves on.

A search then asks the database only about its own query. The version lives in the shared cache (Redis in
production), so every worker sees a publish at once.
"""

from django.core.cache import cache
from django.db.models import Q

VERSION_KEY = "search:content-version"
TIMEOUT = 24 * 3600


def version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def content_changed(**kwargs):
    """A signal receiver (publish, unpublish, delete, a snippet or restriction saved): cached answers go stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)


def cached(name: str, build):
    """``build()``, computed once per content version."""
    return cache.get_or_set(f"search:{name}:{version()}", build, timeout=TIMEOUT)


def private_q() -> Q:
    """Wagtail's ``PageQuerySet.private_q()`` (pages under a view restriction), without its query per call."""
    from wagtail.models import PageViewRestriction

    def restricted_sections():
        return list(PageViewRestriction.objects.values_list("page__path", "page__depth").distinct())

    q = Q()
    for path, depth in cached("restricted-sections", restricted_sections):
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])
