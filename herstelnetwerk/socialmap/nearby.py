"""Organisaties in de buurt: the organisations nearest to one, those in its own subregion first, each by distance.

One query, ordered and cut in the database, kept in the shared cache under the content version
(``herstelnetwerk/content_version.py``), which every change to a place, an organisation or a municipality moves on:
an organisation page then reads its neighbours without a query.
"""

import math
from decimal import Decimal

from django.db.models import Case, ExpressionWrapper, F, FloatField, Value, When

from herstelnetwerk import content_version

LIMIT = 4
#: A degree of longitude is shorter than one of latitude: cos(52.7°) in Noord-Holland-Noord. Close enough for
#: "nearest first" within the region, and plain arithmetic that SQLite and PostgreSQL both do in the query.
LONGITUDE_SCALE = Decimal("0.606")
KM_PER_DEGREE = 111.2


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
        Location.objects.filter(organisation__live=True)
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


def cached(organisation) -> list[dict]:
    """``nearby(organisation)``, computed once per content version."""
    return content_version.cached(f"socialmap:nearby:{organisation.pk}", lambda: nearby(organisation))
