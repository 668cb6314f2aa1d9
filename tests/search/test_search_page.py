"""The public search on the database engine: Dutch matching, synonyms, facets, promotions, bad input."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.socialmap.factories import OrganisationFactory


def titles(response):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', response.content.decode())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("verslaving", "Hulp bij verslaafd zijn"),
        ("somber", "Over somberheid"),
        ("depressie", "Praktijkondersteuner Schagen"),
        ("POH", "Praktijkondersteuner Schagen"),
        ("verslaafd", "Hulp bij verslaafd zijn"),
    ],
)
def test_dutch_aware_matching_and_synonyms(client, content, query, expected):
    assert expected in titles(client.get("/zoeken/", {"q": query}))


def test_results_show_type_and_highlighted_snippet(client, content):
    html = client.get("/zoeken/", {"q": "verslaving"}).content.decode()

    assert '<p class="card__meta">Organisatie</p>' in html
    # The theme verslaving is named, so its everyday words are marked too.
    assert "Voor wie <mark>verslaafd</mark> is aan <mark>alcohol</mark> of <mark>gokken</mark>." in html


def test_facets_count_and_narrow(client, content, subregion):
    html = client.get("/zoeken/", {"q": "somberheid"}).content.decode()
    assert re.search(r'value="socialmap.organisation"> Organisatie <span class="facet__count">\(1\)', html)
    assert re.search(r'value="herstelnetwerk.standardpage"> Pagina <span class="facet__count">\(1\)', html)

    narrowed = client.get("/zoeken/", {"q": "somberheid", "type": "herstelnetwerk.standardpage"})
    assert titles(narrowed) == ["Over somberheid"]

    by_subregion = client.get("/zoeken/", {"q": "verslaving somberheid", "subregion": subregion.slug})
    assert titles(by_subregion) == ["Hulp bij verslaafd zijn"]

    by_theme = client.get("/zoeken/", {"q": "verslaving somberheid", "theme": "somberheid"})
    assert titles(by_theme) == ["Praktijkondersteuner Schagen"]


def test_a_misspelling_is_corrected(client, content):
    html = client.get("/zoeken/", {"q": "praktijkondersteunr"}).content.decode()

    assert "Praktijkondersteuner Schagen" in html


def test_promotions_come_first(client, content):
    promoted = content["page"]
    SearchPromotion.objects.create(query=Query.get("alcohol"), page=promoted, description="Lees dit eerst.")

    html = client.get("/zoeken/", {"q": "alcohol"}).content.decode()

    assert html.index("Aanbevolen") < html.index("Hulp bij verslaafd zijn")
    assert "Lees dit eerst." in html


def test_every_page_has_a_search_box_in_the_header(client, content):
    html = client.get("/").content.decode()

    assert 'role="search"' in html and 'action="/zoeken/"' in html


def test_suggestions_are_json(client, content):
    response = client.get("/zoeken/suggest", {"q": "Praktijk"})

    assert response.json()["suggestions"][0]["title"] == "Praktijkondersteuner Schagen"
    assert client.get("/zoeken/suggest", {"q": "!"}).json() == {"suggestions": []}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": ""}, "Typ wat je zoekt."),
        ({"q": "?!…"}, "Gebruik letters of cijfers om te zoeken."),
        ({"q": "a" * 250}, "Gebruik hoogstens 200 tekens."),
        ({"q": "somber", "theme": "onbekend"}, "Sommige keuzes kennen we niet."),
        ({"q": "somber", "page": "99999999999999"}, ""),
        ({"q": "ζωή 🌱 ☃ ﷺ"}, ""),
    ],
)
def test_bad_input_gives_a_normal_page_with_a_message(client, content, params, message):
    response = client.get("/zoeken/", params)

    assert response.status_code == 200
    assert message in response.content.decode()


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(
    params=st.dictionaries(
        st.sampled_from(["q", "type", "subregion", "theme", "page"]),
        st.one_of(
            st.text(max_size=300), st.sampled_from(["<script>x</script>", "' OR 1=1 --", "\x00", "9" * 30])
        ),
    )
)
def test_fuzzed_parameters_never_break_the_page(client, content, params):
    response = client.get("/zoeken/", params)

    assert response.status_code == 200
    assert "<script>x" not in response.content.decode()


@pytest.mark.parametrize("extra", [5, 150])
def test_queries_do_not_grow_with_the_number_of_matches(
    client, content, extra, django_assert_max_num_queries
):
    for number in range(extra):
        OrganisationFactory(
            name=f"Inloophuis {number}", slug=f"inloophuis-{number}", description="Inloop zonder afspraak."
        )

    client.get("/zoeken/", {"q": "inloop"})  # what every search reads comes from the cache after the first
    # One full-text query for all types; per type with matches one for their fields and one for the facets.
    with django_assert_max_num_queries(12):
        response = client.get("/zoeken/", {"q": "inloop", "page": "2"})

    assert response.status_code == 200
