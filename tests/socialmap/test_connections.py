"""Things connected (issue 16): an organisation's page lists its activities, the stories that mention it and the
organisations nearby (its own subregion first, by distance); an activity links to its organiser; the map loads
nothing from another site until asked."""

from datetime import timedelta

import pytest
from django.utils import timezone

from herstelnetwerk.links import reachable
from herstelnetwerk.socialmap.models import Organisation
from herstelnetwerk.socialmap.nearby import nearby
from tests.agenda.factories import ActivityPageFactory, AgendaPageFactory
from tests.herstelnetwerk.factories import MunicipalityFactory, SubregionPageFactory
from tests.socialmap.factories import OrganisationFactory, PlaceFactory
from tests.verhalen.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def places(social_map, subregion):
    """An organisation in Schagen and its neighbours: in its subregion (near and far) and just across the border."""
    schagen = subregion.municipalities.get(slug="schagen")
    kroon = subregion.municipalities.get(slug="hollands-kroon")
    texel = MunicipalityFactory(subregion=SubregionPageFactory(parent=subregion.get_parent()), name="Texel")
    origin = OrganisationFactory(name="Herstelcafé Schagen", slug="herstelcafe-schagen")
    PlaceFactory(organisation=origin, municipality=schagen, latitude="52.787400", longitude="4.799300")

    def neighbour(name, municipality, latitude, longitude):
        found = OrganisationFactory(name=name, slug=name.lower().replace(" ", "-"))
        PlaceFactory(organisation=found, municipality=municipality, latitude=latitude, longitude=longitude)
        return found

    return {
        "origin": origin,
        "far, same subregion": neighbour("Wijkteam Wieringerwerf", kroon, "52.850000", "5.024000"),
        "near, same subregion": neighbour("Buurtkamer Schagen", schagen, "52.796000", "4.801000"),
        "nearest, other subregion": neighbour("Inloop over de grens", texel, "52.789000", "4.799000"),
        "no coordinates": neighbour("Zonder adres", schagen, None, None),
    }


def read(slug):
    from django.db.models import Prefetch

    from herstelnetwerk.socialmap.models import Location

    places = Prefetch("locations", queryset=Location.objects.select_related("municipality"))
    return Organisation.objects.prefetch_related(places).get(slug=slug)


def test_nearby_starts_in_the_own_subregion_and_goes_by_distance(places):
    origin = read("herstelcafe-schagen")

    found = [neighbour["name"] for neighbour in nearby(origin)]

    assert found == ["Buurtkamer Schagen", "Wijkteam Wieringerwerf", "Inloop over de grens"]


def test_nearby_gives_each_organisation_once_with_its_nearest_place_and_a_distance(places):
    second = places["far, same subregion"]
    PlaceFactory(
        organisation=second,
        municipality=second.locations.get().municipality,
        latitude="52.788000",
        longitude="4.800000",
    )
    origin = read("herstelcafe-schagen")

    found = nearby(origin)

    assert [neighbour["name"] for neighbour in found][:2] == [
        "Wijkteam Wieringerwerf",
        "Buurtkamer Schagen",
    ]
    assert found[0]["kilometres"] == 0 and found[1]["kilometres"] == 1


def test_nearby_leaves_out_organisations_that_are_not_published(places):
    draft = places["far, same subregion"]
    draft.live = False
    draft.save()
    origin = read("herstelcafe-schagen")

    assert "Wijkteam Wieringerwerf" not in [neighbour["name"] for neighbour in nearby(origin)]


def test_nearby_is_one_query_however_many_organisations(places, django_assert_num_queries):
    for number in range(30):
        OrganisationFactory(slug=f"ver-weg-{number}")
    origin = read("herstelcafe-schagen")

    with django_assert_num_queries(1):
        assert len(nearby(origin)) == 3


def test_the_organisation_page_shows_the_organisations_nearby_in_order(client, places):
    html = client.get("/sociale-kaart/herstelcafe-schagen/").content.decode()

    assert "Organisaties in de buurt" in html
    near, far, across = (
        html.index(name) for name in ("Buurtkamer Schagen", "Wijkteam Wieringerwerf", "Inloop over de grens")
    )
    assert near < far < across
    assert "Zonder adres" not in html


def test_neighbours_are_kept_until_a_place_changes(client, places, django_assert_max_num_queries):
    client.get("/sociale-kaart/herstelcafe-schagen/")
    with django_assert_max_num_queries(12):
        html = client.get("/sociale-kaart/herstelcafe-schagen/").content.decode()
    assert html.index("Buurtkamer Schagen") < html.index("Wijkteam Wieringerwerf")

    moved = places["far, same subregion"].locations.get()
    moved.latitude, moved.longitude = "52.788000", "4.800000"
    moved.save()

    html = client.get("/sociale-kaart/herstelcafe-schagen/").content.decode()
    assert html.index("Wijkteam Wieringerwerf") < html.index("Buurtkamer Schagen")


def test_an_organisation_page_lists_its_own_activities_and_the_stories_that_mention_it(
    client, places, home_page
):
    origin = places["origin"]
    agenda = AgendaPageFactory(parent=home_page)
    today = timezone.localdate()
    ActivityPageFactory(
        parent=agenda,
        title="Inloop met koffie",
        slug="inloop-met-koffie",
        organiser=origin,
        recurrence="weekly",
        weekdays=["MO", "TH"],
        start_date=today - timedelta(days=14),
    )
    ActivityPageFactory(
        parent=agenda,
        title="Iets van een ander",
        slug="iets-anders",
        organiser=places["no coordinates"],
        start_date=today + timedelta(days=3),
    )
    stories = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(
        parent=stories, title="Mijn weg naar de inloop", slug="mijn-weg", related_organisations=[origin]
    )
    StoryPageFactory(parent=stories, title="Een ander verhaal", slug="ander-verhaal")

    html = client.get("/sociale-kaart/herstelcafe-schagen/").content.decode()

    assert "Activiteiten van deze organisatie" in html
    assert html.count('href="/agenda/inloop-met-koffie/"') == 1  # its next date, once, not every week of it
    assert "Iets van een ander" not in html
    assert "Verhalen over deze plek" in html and 'href="/verhalen/mijn-weg/"' in html
    assert "Een ander verhaal" not in html

    activity = client.get("/agenda/inloop-met-koffie/").content.decode()
    assert '<a href="/sociale-kaart/herstelcafe-schagen/">Herstelcafé Schagen</a>' in activity


def test_an_organisation_without_activities_or_stories_shows_no_empty_sections(client, places):
    html = client.get("/sociale-kaart/herstelcafe-schagen/").content.decode()

    assert "Activiteiten van deze organisatie" not in html
    assert "Verhalen over deze plek" not in html


def test_the_map_loads_nothing_from_another_site_until_the_visitor_asks(client, places, settings):
    html = client.get("/sociale-kaart/").content.decode()

    assert "leaflet.js" not in html.split("<body")[0]  # not loaded with the page: map.js loads it on a click
    assert "Toon de kaart" in html and "OpenStreetMap" in html
    assert not any(f'{attribute}="https://tile.openstreetmap.org' in html for attribute in ("src", "href"))


@pytest.mark.parametrize(
    "address, works",
    [
        ("info@herstelnetwerk.nl", True),
        ("mailto:info@herstelnetwerk.nl", True),
        ("https://www.113.nl/", True),
        ("info@herstelcafe.example", False),
        ("https://www.herstelcafe.example/aanmelden", False),
        ("https://meet.test/groep", False),
        ("http://localhost:8000/", False),
        ("info@example.org", False),
        ("", False),
    ],
)
def test_only_addresses_that_can_work_are_links(address, works):
    assert reachable(address) is works
