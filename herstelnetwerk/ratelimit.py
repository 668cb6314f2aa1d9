"""Per-address limits in Django's cache, so every web worker shares one count when the cache is Redis.

Addresses are hashed with the secret key: no IP address is stored.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse

from .client_address import client_address

WINDOW_SECONDS = 60 * 60


def client_key(request, scope) -> str:
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def over_limit(request, scope, limit, window=WINDOW_SECONDS) -> bool:
    """Count this request; True when its address made more than ``limit`` of them within the window."""
    key = client_key(request, scope)
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count > limit


def limit_password_attempts(view):
    """Wagtail's password forms for pages and documents: ``PASSWORD_ATTEMPTS_LIMIT`` tries per address an hour."""

    @wraps(view)
    def limited(request, *args, **kwargs):
        if request.method == "POST" and over_limit(
            request, "view-password", settings.PASSWORD_ATTEMPTS_LIMIT
        ):
            return TemplateResponse(request, "too_many_attempts.html", status=429)
        return view(request, *args, **kwargs)

    return limited
