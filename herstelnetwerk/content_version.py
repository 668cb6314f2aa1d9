"""One number that moves on whenever public content changes, so that what is derived from it can be cached without
expiry rules.

It moves on when a page or a site is saved, published, unpublished or deleted, a snippet (a theme, an organisation, a place, a
holiday, a synonym) is saved or deleted, a view restriction is added or lifted, or the agenda's stored occurrences
are written. It lives in the shared cache (Redis in production), so every worker sees a change at once. It moves on
at the change and again when the transaction commits, so that nothing computed in between from the old rows is kept
under the new number.
"""

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "content-version"
TIMEOUT = 24 * 3600


def current() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def changed():
    """Cached answers are stale: now, and once more when the current transaction commits."""
    move_on()
    transaction.on_commit(move_on)


def move_on():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)


def key(name: str) -> str:
    """The cache key of ``name`` in the current content version."""
    return f"{name}:{current()}"


def cached(name: str, build, timeout=TIMEOUT):
    """``build()``, computed once per content version (and at most ``timeout`` seconds old)."""
    return cache.get_or_set(key(name), build, timeout=timeout)


def on_content_change(sender, instance, **kwargs):
    """A signal receiver for ``post_save``, ``post_delete``, ``page_published`` and ``page_unpublished``."""
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    if isinstance(instance, (Page, PageViewRestriction, Site)) or type(instance) in get_snippet_models():
        changed()


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished

    for signal in (post_save, post_delete, page_published, page_unpublished):
        signal.connect(on_content_change, dispatch_uid=f"herstelnetwerk.content_version.{id(signal)}")
