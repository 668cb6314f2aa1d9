"""Addresses to coordinates through PDOK Locatieserver, the Dutch government's free geocoder (admin only).

Editors placing a location click "Zoek adres": the browser asks ``geocode_view`` (admin only), which asks PDOK with a
short timeout. When PDOK cannot be reached the editor gets a clear message and can still click the map or type the
latitude and longitude.
"""

import json
import re
from dataclasses import dataclass
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

PDOK_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free"
TIMEOUT_SECONDS = 4
POINT = re.compile(r"POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)")


class GeocoderUnavailable(Exception):
    """PDOK did not answer (in time), or answered something that is not its JSON."""


@dataclass(frozen=True)
class Place:
    latitude: float
    longitude: float
    label: str


def geocode(query: str) -> Place | None:
    """The best match for ``query`` (an address), or ``None`` when PDOK knows no such place."""
    url = f"{PDOK_URL}?{urlencode({'q': query, 'rows': 1})}"
    request = Request(url, headers={"Accept": "application/json", "User-Agent": "herstelnetwerk-admin"})  # noqa: S310
    try:
        with urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 (PDOK_URL: a fixed https URL)
            data = json.load(response)
    except (URLError, TimeoutError, OSError, ValueError) as error:
        raise GeocoderUnavailable(str(error)) from error
    docs = (data.get("response") or {}).get("docs") or []
    if not docs or not (match := POINT.match(docs[0].get("centroide_ll", ""))):
        return None
    longitude, latitude = (float(value) for value in match.groups())
    return Place(round(latitude, 6), round(longitude, 6), docs[0].get("weergavenaam", ""))


@require_GET
def geocode_view(request):
    query = " ".join(request.GET.get("q", "").split())[:200]
    if not query:
        return JsonResponse({"error": _("Fill in the street and town first.")}, status=400)
    try:
        place = geocode(query)
    except GeocoderUnavailable:
        # Not a server error of ours (the admin works; PDOK is away): a 200 with the message the form shows.
        message = _(
            "The address search (PDOK) cannot be reached now. Click the map, or type the coordinates."
        )
        return JsonResponse({"error": message, "unreachable": True})
    if place is None:
        return JsonResponse(
            {"error": _("No place found for this address. Check it, or click the map.")}, status=404
        )
    return JsonResponse({"latitude": place.latitude, "longitude": place.longitude, "label": place.label})
