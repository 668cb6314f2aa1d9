"""Ranking invariants of the database engine, on SQLite and PostgreSQL alike: the known item first, all words above
some words, meaning (kind, theme) as good as the word, the named place applied, the past below what is still to come,
and nothing restricted ever shown."""

import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from herstelnetwerk.lexicon import THEME_WORDS
from herstelnetwerk.models import Theme
from tests.agenda.factories import ActivityPageFactory, AgendaPageFactory, LocationFactory
from tests.herstelnetwerk.factories import MunicipalityFactory, SubregionPageFactory
from tests.socialmap.factories import OrganisationFactory


def titles(response):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', response.content.decode())


@pytest.fixture
def region(home_page, subregion):
    """Two subregions with activities that share words, so that order is all that tells them apart."""
    den_helder = SubregionPageFactory(parent=home_page, title="Den Helder", slug="den-helder")
    helder = MunicipalityFactory(subregion=den_helder, name="Den Helder", slug="den-helder")
    schagen = subregion.municipalities.get(slug="schagen")
    agenda = AgendaPageFactory(parent=home_page)
    today = date.today()
    gloom = Theme.objects.create(
        name="Somberheid", slug="somberheid", everyday_words=", ".join(THEME_WORDS["somberheid"])
    )

    def activity(title, municipality, intro, **fields):
        return ActivityPageFactory(
            parent=agenda,
            title=title,
            intro=intro,
            location=LocationFactory(city=municipality.name, municipality=municipality),
            start_date=fields.pop("start_date", today + timedelta(days=3)),
            **fields,
        )

    pages = {
        "moestuin": activity("Moestuin De Gaard", schagen, "Samen tuinieren.", activity_type="buiten"),
        "de gaard": activity(
            "Koffie bij de buren",
            schagen,
            "De gaard en de moestuin en de koffie, de de de.",
            activity_type="wijklunch",
        ),
        "inloop helder": activity("Inloop Den Helder", helder, "Binnenlopen voor een kop koffie."),
        "inloop schagen": activity(
            "Inloop Schagen", schagen, "Binnenlopen voor een kop koffie in Den Helder."
        ),
        "peer group": activity(
            "Praten met mensen die het snappen", schagen, "Elke week.", activity_type="lotgenotengroep"
        ),
        "gloomy": activity("Samen wandelen", helder, "Rustig buiten zijn.", activity_type="buiten"),
        "past": activity(
            "Wandelen in de duinen",
            schagen,
            "Wandelen.",
            activity_type="buiten",
            start_date=today - timedelta(days=30),
        ),
        "future": activity("Wandelen langs de dijk", schagen, "Wandelen.", activity_type="buiten"),
    }
    pages["gloomy"].themes.add(gloom)
    pages["gloomy"].save_revision().publish()
    return pages


@pytest.mark.django_db
def test_the_exact_title_comes_first_even_where_other_texts_repeat_its_words(client, region):
    assert titles(client.get("/zoeken/", {"q": "Moestuin De Gaard"}))[0] == "Moestuin De Gaard"


@pytest.mark.django_db
def test_all_words_rank_above_some_words(client, region):
    found = titles(client.get("/zoeken/", {"q": "koffie binnenlopen", "type": "agenda.activitypage"}))

    assert set(found[:2]) == {"Inloop Den Helder", "Inloop Schagen"}
    assert found.index("Koffie bij de buren") > 1


@pytest.mark.django_db
def test_a_named_place_narrows_to_it_and_says_so(client, region):
    response = client.get("/zoeken/", {"q": "inloop Den Helder"})
    found = titles(response)

    assert found[0] == "Inloop Den Helder"
    assert "Inloop Schagen" not in found  # it mentions Den Helder, but it is in Schagen
    assert '<a class="chip" href="?q=inloop">in Den Helder' in response.content.decode()


@pytest.mark.django_db
def test_a_kind_is_found_by_its_everyday_word(client, region):
    assert titles(client.get("/zoeken/", {"q": "lotgenoten"}))[0] == "Praten met mensen die het snappen"


@pytest.mark.django_db
def test_an_everyday_word_finds_its_theme(client, region):
    assert titles(client.get("/zoeken/", {"q": "neerslachtig"})) == ["Samen wandelen"]


@pytest.mark.django_db
def test_what_is_still_to_come_ranks_above_the_past(client, region):
    found = titles(client.get("/zoeken/", {"q": "wandelen"}))

    assert found.index("Wandelen langs de dijk") < found.index("Wandelen in de duinen")


@pytest.mark.django_db
def test_a_place_alone_leads_to_its_subregion(client, region):
    assert titles(client.get("/zoeken/", {"q": "Julianadorp"}))[0] == "Den Helder"


@pytest.mark.django_db
def test_a_typo_is_corrected_per_word(client, region):
    response = client.get("/zoeken/", {"q": "moestuin de gard"})

    assert titles(response)[0] == "Moestuin De Gaard"
    assert "moestuin de gaard" in response.content.decode()


@pytest.mark.django_db
def test_restricted_pages_are_never_found_suggested_or_used_for_corrections(client, region):
    hidden = region["moestuin"]
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    assert "Moestuin De Gaard" not in titles(client.get("/zoeken/", {"q": "Moestuin De Gaard"}))
    assert "Moestuin De Gaard" not in str(client.get("/zoeken/suggest", {"q": "Moestu"}).json())
    assert "gaard" not in client.get("/zoeken/", {"q": "Zorgboerderij De Gard"}).content.decode().lower()


@pytest.mark.django_db
def test_a_search_never_writes_to_the_database(client, region, site_settings):
    with CaptureQueriesContext(connection) as queries:
        client.get("/zoeken/", {"q": "inloop"})
        client.get("/zoeken/suggest", {"q": "inl"})

    statements = [query["sql"].split()[0].upper() for query in queries.captured_queries]
    assert set(statements) <= {"SELECT", "WITH"}, statements


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['ab"', "a\x00b", "'", "NEAR(", "*", "a OR", "\ufdfa" * 40, "woord " * 100])
def test_full_text_syntax_in_a_query_is_only_text(client, region, query):
    assert client.get("/zoeken/suggest", {"q": query}).status_code == 200
    assert client.get("/zoeken/", {"q": query}).status_code == 200


@pytest.mark.django_db
def test_an_organisation_of_the_kind_asked_for_ranks_high(client, region, subregion):
    OrganisationFactory(
        name="Praktijk Noord", slug="praktijk-noord", kind="huisarts", description="Spreekuur."
    )

    assert titles(client.get("/zoeken/", {"q": "huisarts"}))[0] == "Praktijk Noord"
