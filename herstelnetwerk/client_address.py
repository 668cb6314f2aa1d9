"""The address of the visitor, also behind reverse proxies: one answer for the rate limits and the admin lock-out.

Behind ``TRUSTED_PROXY_COUNT`` proxies, ``REMOTE_ADDR`` is the nearest proxy, and each proxy appends the address it
received the request from to ``X-Forwarded-For``. Entries further left were written by the client and can be forged,
so the client is read from the right: the entry the outermost trusted proxy added. With no trusted proxy (the
default) the header is ignored: anyone can send it.
"""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted <= 0:
        return remote
    forwarded = [
        part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
    ]
    if not forwarded:
        return remote
    # Fewer entries than proxies: the request skipped an outer proxy, and every entry is still a proxy's.
    candidate = forwarded[-trusted] if len(forwarded) >= trusted else forwarded[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
