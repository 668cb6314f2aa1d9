"""A page behind a login, password or group restriction appears nowhere public: not in a listing, feed, section,
filter, sitemap, API answer or search result (``herstelnetwerk.visibility``)."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from herstelnetwerk.socialmap.models import Location
from tests.agenda.factories import AgendaPageFactory, weekly
from tests.herstelnetwerk.factories import StandardPageFactory, SubregionPageFactory
from tests.socialmap.factories import OrganisationFactory, SocialMapPageFactory
from tests.verhalen.factories import StoryIndexPageFactory, StoryPageFactory
from verhalen.models import StoryRelatedActivity

SECRET = "Besloten"


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="geheim-wachtwoord" if kind == "password" else ""
    )
    if kind == "groups":
        restriction.groups.add(Group.objects.get(name="Redactie"))
    return restriction


KINDS = [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD, PageViewRestriction.GROUPS]


@pytest.fixture
def agenda(home_page):
    return AgendaPageFactory(parent=home_page)


@pytest.fixture
def local_place(subregion):
    return Location.objects.create(
        name="Buurthuis De Ster",
        street_address="Laan 1",
        city="Schagen",
        municipality=subregion.municipalities.get(slug="schagen"),
    )


@pytest.fixture
def activities(agenda, local_place):
    today = timezone.localdate()
    days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    open_one = weekly(agenda, days=days, title="Open inloop", start_date=today, location=local_place)
    closed = weekly(agenda, days=days, title=f"{SECRET} groep", start_date=today, location=local_place)
    past = weekly(
        agenda,
        days=days,
        title=f"{SECRET} archief",
        start_date=today - timedelta(days=60),
        end_date=today - timedelta(days=40),
        location=local_place,
    )
    return open_one, closed, past


@pytest.mark.parametrize("kind", KINDS)
def test_a_restricted_activity_is_in_no_agenda_list_feed_or_section(
    client, home_page, subregion, activities, kind
):
    _open, closed, past = activities
    restrict(closed, kind)
    restrict(past, kind)

    pages = {
        "agenda": client.get("/agenda/"),
        "feed": client.get("/agenda/feed.ics"),
        "archive": client.get("/agenda/archief/"),
        "home": client.get(home_page.url),
        "subregion": client.get(subregion.url),
    }

    for name, response in pages.items():
        assert response.status_code == 200, name
        body = response.content.decode()
        assert SECRET not in body, name
    assert "Open inloop" in pages["agenda"].content.decode()
    assert "Open inloop" in pages["subregion"].content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_a_restricted_agenda_takes_its_sections_along(client, home_page, agenda, activities, kind):
    restrict(agenda, kind)

    body = client.get(home_page.url).content.decode()

    assert "Open inloop" not in body and agenda.url not in body


@pytest.fixture
def story_index(home_page):
    return StoryIndexPageFactory(parent=home_page)


@pytest.mark.parametrize("kind", KINDS)
def test_a_restricted_story_is_in_no_story_list_feed_or_section(
    client, home_page, subregion, story_index, kind
):
    StoryPageFactory(parent=story_index, title="Mijn open verhaal", subregion=subregion)
    closed = StoryPageFactory(parent=story_index, title=f"{SECRET} verhaal", subregion=subregion)
    restrict(closed, kind)

    for url in ("/verhalen/", "/verhalen/rss.xml", "/verhalen/atom.xml", home_page.url, subregion.url):
        body = client.get(url).content.decode()
        assert "Mijn open verhaal" in body, url
        assert SECRET not in body, url


def test_a_story_links_only_the_public_related_activities(client, story_index, activities):
    open_one, closed, _past = activities
    restrict(closed, PageViewRestriction.LOGIN)
    story = StoryPageFactory(parent=story_index, title="Verhaal met activiteiten")
    for activity in (closed, open_one):
        StoryRelatedActivity.objects.create(story=story, activity=activity)

    body = client.get(story.url).content.decode()

    assert "Open inloop" in body and SECRET not in body


def test_a_restricted_social_map_leaves_the_subregion_page(client, home_page, subregion):
    social_map = SocialMapPageFactory(parent=home_page)
    organisation = OrganisationFactory(name="Steunpunt Schagen")
    organisation.municipalities_served.add(subregion.municipalities.get(slug="schagen"))
    restrict(social_map, PageViewRestriction.LOGIN)

    body = client.get(subregion.url).content.decode()

    assert "Steunpunt Schagen" not in body and social_map.url not in body
    assert organisation.get_url() == ""


def test_a_restricted_subregion_is_in_no_chooser_or_filter(client, home_page, agenda, subregion):
    closed = SubregionPageFactory(parent=home_page, title=f"{SECRET} gebied", slug="besloten-gebied")
    restrict(closed, PageViewRestriction.GROUPS)

    for url in (home_page.url, "/agenda/"):
        assert SECRET not in client.get(url).content.decode(), url


@pytest.mark.parametrize("kind", KINDS)
def test_a_restricted_page_is_not_in_the_sitemap_or_the_api(client, home_page, kind):
    closed = StandardPageFactory(parent=home_page, title=f"{SECRET} pagina", slug="besloten-pagina")
    restrict(closed, kind)

    sitemap = client.get("/sitemap.xml").content.decode()
    listing = client.get("/api/v3/pages/", {"limit": 50}).json()

    assert "besloten-pagina" not in sitemap
    assert closed.pk not in [item["id"] for item in listing["items"]]
    assert client.get(f"/api/v3/pages/{closed.pk}/").status_code == 404


@pytest.mark.parametrize("kind", KINDS)
def test_a_restricted_page_is_not_found_or_suggested(client, home_page, story_index, kind):
    StandardPageFactory(parent=home_page, title="Openbare bijeenkomst", slug="openbare-bijeenkomst")
    closed = StandardPageFactory(parent=home_page, title=f"{SECRET} bijeenkomst", slug="besloten-bijeenkomst")
    story = StoryPageFactory(parent=story_index, title=f"{SECRET} bijeenkomstverhaal")
    restrict(closed, kind)
    restrict(story, kind)

    results = client.get("/zoeken/", {"q": "bijeenkomst"}).content.decode()
    suggestions = client.get("/zoeken/suggest", {"q": "Beslo"}).json()["suggestions"]

    assert "Openbare bijeenkomst" in results
    assert SECRET not in results
    assert suggestions == []


def test_every_searchable_type_offers_only_public_pages(home_page, story_index):
    from herstelnetwerk import plugins

    closed = StandardPageFactory(parent=home_page, title=f"{SECRET} pagina")
    story = StoryPageFactory(parent=story_index, title=f"{SECRET} verhaal")
    restrict(closed, PageViewRestriction.LOGIN)
    restrict(story, PageViewRestriction.PASSWORD)

    for item in plugins.collect(plugins.SEARCHABLE_TYPES):
        titles = [str(obj) for obj in item.queryset()]
        assert not [title for title in titles if SECRET in title], item.model


def test_public_pages_are_those_wagtail_calls_public(home_page, story_index):
    from wagtail.models import Page

    from herstelnetwerk.visibility import public_pages, searchable_public_pages

    section = StandardPageFactory(parent=home_page, title="Afgeschermd")
    below = StandardPageFactory(parent=section, title="Eronder")
    story = StoryPageFactory(parent=story_index)
    draft = StandardPageFactory(parent=home_page, title="Concept")
    draft.unpublish()
    restrict(section, PageViewRestriction.PASSWORD)

    found = set(public_pages(Page.objects).values_list("pk", flat=True))

    assert found == set(Page.objects.live().public().values_list("pk", flat=True))
    assert found == set(searchable_public_pages(Page.objects).values_list("pk", flat=True))
    assert {home_page.pk, story_index.pk, story.pk} <= found
    assert not {section.pk, below.pk, draft.pk} & found
