"""The volunteer forms' limit: ``VRIJWILLIGERS_RATE_LIMIT`` submissions per address an hour (the core's counter)."""

from django.conf import settings

from herstelnetwerk import ratelimit


def over_limit(request, scope) -> bool:
    return ratelimit.over_limit(request, f"vrijwilligers:{scope}", settings.VRIJWILLIGERS_RATE_LIMIT)
