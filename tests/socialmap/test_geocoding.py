"""Places on a map (issue 17): "Zoek adres" through PDOK Locatieserver, faked only at the HTTP boundary (urlopen)."""

import io
import json
from urllib.error import URLError
from urllib.parse import parse_qs, urlsplit

import pytest

from herstelnetwerk.socialmap import geocoding
from tests.socialmap.factories import PlaceFactory

PDOK_ANSWER = {
    "response": {
        "numFound": 1,
        "docs": [
            {
                "weergavenaam": "Dijk 8, 1601GJ Enkhuizen",
                "centroide_ll": "POINT(5.29012345 52.70312345)",
                "type": "adres",
            }
        ],
    }
}


class FakePdok:
    """Stands in for ``urlopen``: records the request, answers with JSON, or fails like the network does."""

    def __init__(self, answer=None, error=None):
        self.answer, self.error, self.requests = answer, error, []

    def __call__(self, request, timeout):
        self.requests.append((request.full_url, timeout))
        if self.error:
            raise self.error
        return io.BytesIO(json.dumps(self.answer).encode())


@pytest.fixture
def pdok(monkeypatch):
    def install(**kwargs):
        fake = FakePdok(**kwargs)
        monkeypatch.setattr(geocoding, "urlopen", fake)
        return fake

    return install


def test_an_address_becomes_coordinates(admin_client, pdok):
    fake = pdok(answer=PDOK_ANSWER)

    response = admin_client.get("/admin/socialmap/zoek-adres/", {"q": "Dijk 8  Enkhuizen"})

    assert response.json() == {
        "latitude": 52.703123,
        "longitude": 5.290123,
        "label": "Dijk 8, 1601GJ Enkhuizen",
    }
    url, timeout = fake.requests[0]
    assert url.startswith("https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?")
    assert parse_qs(urlsplit(url).query) == {"q": ["Dijk 8 Enkhuizen"], "rows": ["1"]}
    assert timeout == geocoding.TIMEOUT_SECONDS <= 5


@pytest.mark.parametrize("error", [URLError("no route to host"), TimeoutError("timed out")])
def test_pdok_out_of_reach_gives_a_clear_dutch_message(admin_client, pdok, error):
    pdok(error=error)

    response = admin_client.get("/admin/socialmap/zoek-adres/", {"q": "Dijk 8 Enkhuizen"})

    assert response.status_code == 200  # the admin is fine; PDOK is away (no 5xx for the roles gate)
    assert response.json()["unreachable"] is True
    assert response.json()["error"].startswith("Het zoeken op adres (PDOK) lukt nu niet")


def test_an_unknown_address_or_an_empty_question(admin_client, pdok):
    pdok(answer={"response": {"numFound": 0, "docs": []}})

    assert admin_client.get("/admin/socialmap/zoek-adres/", {"q": "Nergensstraat 1"}).status_code == 404
    assert admin_client.get("/admin/socialmap/zoek-adres/", {"q": "  "}).status_code == 400


def test_only_editors_can_ask(client, pdok):
    fake = pdok(answer=PDOK_ANSWER)

    assert client.get("/admin/socialmap/zoek-adres/", {"q": "Dijk 8"}).status_code == 302
    assert fake.requests == []


def test_the_location_form_has_the_map_and_still_takes_typed_coordinates(admin_client):
    place = PlaceFactory()
    form = admin_client.get(f"/admin/snippets/socialmap/location/edit/{place.pk}/").content.decode()

    assert "data-map-picker" in form and "socialmap/vendor/leaflet/leaflet.js" in form
    assert "Zoek adres" in form
    assert 'name="latitude"' in form and 'name="longitude"' in form
