"""Calendar feeds served cheaply: a cached body per filter and version, and a 304 for a calendar app that has it.

A feed's version is one aggregate query over the activities it lists (how many, the latest publication, the latest
revision), so publishing, unpublishing or deleting an activity changes it at once in every process: the cached body
is then simply not found any more. The version is the ETag; Last-Modified is when the body of this version was built
(later than any change it contains, so an ``If-Modified-Since`` never hides one). The body stays cached for
``FEED_CACHE_SECONDS`` at most, so a renamed place shows within that time.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from . import feeds


def calendar_response(request, activities, *, name, filename, variant=""):
    """The feed of ``activities`` (with ``variant`` naming its filters in the cache key), or a 304."""
    version = activities.aggregate(
        count=Count("pk", distinct=True),
        published=Max("last_published_at"),
        revision=Max("latest_revision_id"),
    )
    fingerprint = "|".join(
        str(part)
        for part in (
            request.get_host(),
            variant,
            timezone.localdate(),
            *version.values(),
            settings.LANGUAGE_CODE,
        )
    )
    etag = f'"{hashlib.sha256(fingerprint.encode()).hexdigest()[:32]}"'
    key = f"agenda:feed:{etag.strip(chr(34))}"
    cached = cache.get(key)
    if cached is None:
        rows = activities.select_related("location").prefetch_related("exceptions")
        cached = (feeds.calendar(rows, request, name=name).to_ical(), int(time.time()))
        cache.set(key, cached, settings.FEED_CACHE_SECONDS)
    body, built_at = cached
    not_modified = get_conditional_response(request, etag=etag, last_modified=built_at)
    if not_modified is not None:
        return not_modified
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["ETag"] = etag
    response["Last-Modified"] = http_date(built_at)
    return response
