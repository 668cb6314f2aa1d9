"""A per-address limit on form submissions, in Django's cache. Addresses are hashed: no IP is stored."""

import hashlib

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60 * 60


def client_key(request, scope) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"vrijwilligers:rate:{scope}:{digest}"


def over_limit(request, scope) -> bool:
    """Count this submission; True when the address sent more than ``VRIJWILLIGERS_RATE_LIMIT`` within the window."""
    key = client_key(request, scope)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        count = 1
    return count > settings.VRIJWILLIGERS_RATE_LIMIT
