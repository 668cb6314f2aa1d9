"""Organisaties in de buurt: the organisations nearest to one, those in its own subregion first, each by distance.

One query, ordered and cut in the database. The answer depends only on places and organisations, so it is kept in the
shared cache under a version that every change to a place, an organisation or a municipality moves on (connected in
``herstelnetwerk.signal_handlers``): an organisation page then reads its neighbours without a query.
"""

import math
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Case, ExpressionWrapper, F, FloatField, Value, When

LIMIT = 4
#: A degree of longitude is shorter than one of latitude: cos(52.7°) in Noord-Holland-Noord. Close enough for
#: "nearest first" within the region, and plain arithmetic that SQLite and PostgreSQL both do in the query.
LONGITUDE_SCALE = Decimal("0.606")
KM_PER_DEGREE = 111.2
VERSION_KEY = "socialmap:places-version"
TIMEOUT = 24 * 3600


def nearby(organisation, limit=LIMIT, scan=24) -> list[dict]:
    """Other organisations nearest to ``organisation``'s first place with coordinates (its places prefetched, with
    their municipality): its own subregion first, then the rest, each by distance. ``scan`` places are read, to skip a
    second place of the same organisation. Without coordinates there are no neighbours (and no query)."""
    from .models import Location

    origin = next(
        (place for place in organisation.locations.all() if place.latitude and place.longitude), None
    )
    if origin is None:
        return []
    subregion_id = origin.municipality.subregion_id if origin.municipality else None
    north = F("latitude") - origin.latitude
    east = (F("longitude") - origin.longitude) * LONGITUDE_SCALE
    places = (
        Location.objects.exclude(organisation=None)
        .exclude(organisation=organisation)
        .exclude(latitude=None)
        .exclude(longitude=None)
        .annotate(
            elsewhere=Case(When(municipality__subregion_id=subregion_id, then=Value(0)), default=Value(1))
            if subregion_id
            else Value(0),
            distance=ExpressionWrapper(north * north + east * east, output_field=FloatField()),
        )
        .select_related("organisation")
        .order_by("elsewhere", "distance", "organisation__name")[:scan]
    )
    found = {}
    for place in places:
        found.setdefault(
            place.organisation_id,
            {
                "name": place.organisation.name,
                "slug": place.organisation.slug,
                "city": place.city,
                "kilometres": round(math.sqrt(float(place.distance)) * KM_PER_DEGREE),
            },
        )
    return list(found.values())[:limit]


def version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def places_changed(**kwargs):
    """A signal receiver: a place, organisation or municipality was saved or deleted, so neighbours may differ."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)


def cached(organisation) -> list[dict]:
    """``nearby(organisation)``, computed once per version of the places."""
    key = f"socialmap:nearby:{version()}:{organisation.pk}"
    return cache.get_or_set(key, lambda: nearby(organisation), timeout=TIMEOUT)
