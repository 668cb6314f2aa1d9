"""The social map's list: filters that combine, bad input that never breaks it, queries that do not grow."""

import pytest
from django.utils import timezone

from herstelnetwerk.models import Theme
from herstelnetwerk.socialmap.models import Location, Organisation
from tests.herstelnetwerk.factories import MunicipalityFactory, SubregionPageFactory
from tests.socialmap.factories import OpeningHoursFactory, OrganisationFactory, PlaceFactory, ServiceFactory


@pytest.fixture
def texel(home_page):
    page = SubregionPageFactory(parent=home_page, title="Texel", slug="texel")
    return MunicipalityFactory(subregion=page, name="Texel", slug="texel")


def names(response):
    import re

    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_filters_combine(client, social_map, subregion, texel):
    theme = Theme.objects.create(name="Schulden", slug="schulden")
    free_walk_in = OrganisationFactory(name="Inloophuis Texel", walk_in=True)
    free_walk_in.municipalities_served.add(texel)
    free_walk_in.themes.add(theme)
    free_walk_in.save()
    ServiceFactory(organisation=free_walk_in, cost="free")
    paid = OrganisationFactory(name="Praktijk Texel")
    paid.municipalities_served.add(texel)
    paid.themes.add(theme)
    paid.save()
    ServiceFactory(organisation=paid, cost="insurance", referral_needed=True)
    elsewhere = OrganisationFactory(name="Inloophuis Schagen", walk_in=True)
    PlaceFactory(organisation=elsewhere, municipality=subregion.municipalities.get(slug="schagen"))
    ServiceFactory(organisation=elsewhere)

    assert names(client.get("/sociale-kaart/", {"subregion": "texel"})) == [
        "Inloophuis Texel",
        "Praktijk Texel",
    ]
    assert names(client.get("/sociale-kaart/", {"subregion": "texel", "free": "on"})) == ["Inloophuis Texel"]
    assert names(client.get("/sociale-kaart/", {"no_referral": "on", "walk_in": "on"})) == [
        "Inloophuis Schagen",
        "Inloophuis Texel",
    ]
    assert names(client.get("/sociale-kaart/", {"municipality": "schagen"})) == ["Inloophuis Schagen"]
    assert names(client.get("/sociale-kaart/", {"theme": "schulden", "q": "praktijk"})) == ["Praktijk Texel"]


@pytest.mark.parametrize(
    "params",
    [
        {"subregion": "atlantis", "kind": "<script>"},
        {"q": "x" * 500},
        {"q": "'; DROP TABLE socialmap_organisation; --"},
        {"page": "999999999999999999999"},
        {"free": "\x00"},
    ],
)
def test_bad_input_gives_a_normal_page(client, social_map, params):
    OrganisationFactory()

    response = client.get("/sociale-kaart/", params)

    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_empty_state(client, social_map):
    html = client.get("/sociale-kaart/", {"q": "niets"}).content.decode()

    assert "Er zijn geen organisaties die passen bij je keuzes." in html
    assert "Wis je keuzes" in html


def test_markers_follow_the_filters(client, social_map, texel):
    found = OrganisationFactory(name="Dorpshuis")
    PlaceFactory(organisation=found, municipality=texel)
    PlaceFactory(organisation=OrganisationFactory(name="Elders"))

    markers = client.get("/sociale-kaart/kaart.json", {"subregion": "texel"}).json()["markers"]

    assert [marker["name"] for marker in markers] == ["Dorpshuis"]
    assert markers[0]["url"] == f"/sociale-kaart/{found.slug}/"


def bulk_map(organisations, places_each):
    """Many organisations with their places and a service each, in a handful of bulk inserts."""
    created = Organisation.objects.bulk_create(
        Organisation(name=f"Organisatie {n:05d}", slug=f"organisatie-{n}", kind="welzijn")
        for n in range(organisations)
    )
    Location.objects.bulk_create(
        Location(organisation=o, name=f"Plek {o.pk}-{i}", street_address="Kerkplein 1", city="Hoorn")
        for o in created
        for i in range(places_each)
    )
    from herstelnetwerk.socialmap.models import Service

    Service.objects.bulk_create(Service(organisation=o, name="Inloop", cost="free") for o in created)


@pytest.mark.parametrize("organisations", [10, 2000])
def test_listing_queries_do_not_grow_with_the_map(
    client, social_map, site_settings, organisations, django_assert_max_num_queries
):
    bulk_map(organisations, places_each=2)

    with django_assert_max_num_queries(12):
        response = client.get("/sociale-kaart/", {"page": "1", "free": "on"})

    assert response.status_code == 200
    assert len(names(response)) == min(organisations, 20)


def test_detail_page_queries_do_not_grow_with_places_and_hours(
    client, social_map, site_settings, django_assert_max_num_queries
):
    organisation = OrganisationFactory()
    for _ in range(5):
        place = PlaceFactory(organisation=organisation)
        for weekday in range(7):
            OpeningHoursFactory(location=place, weekday=weekday)
    for _ in range(5):
        ServiceFactory(organisation=organisation)

    client.get(f"/sociale-kaart/{organisation.slug}/")  # warm the site-root, settings and neighbours caches
    with django_assert_max_num_queries(12):
        response = client.get(f"/sociale-kaart/{organisation.slug}/")

    assert response.status_code == 200
    assert response.content.decode().count("Vandaag:") == 5
    assert timezone.localdate().weekday() in range(7)
