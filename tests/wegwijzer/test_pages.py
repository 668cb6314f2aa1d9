"""The visitor's pages: steps that keep every answer, a result that is only a URL, and nothing kept per visitor."""

from datetime import timedelta

import pytest
from django.utils import timezone

from herstelnetwerk.models import HomePage, SubregionPage
from tests.agenda.factories import AgendaPageFactory, LocationFactory, weekly
from tests.socialmap.factories import OrganisationFactory, PlaceFactory
from tests.verhalen.factories import StoryIndexPageFactory, StoryPageFactory
from wegwijzer.models import AskedCount, WegwijzerPage

pytestmark = pytest.mark.django_db
RESULT = "/wegwijzer/resultaat/"


def test_page_tree_rules(wegwijzer):
    assert WegwijzerPage.can_exist_under(HomePage())
    assert not WegwijzerPage.can_exist_under(SubregionPage())
    assert not WegwijzerPage.can_create_at(wegwijzer.get_parent().specific)  # one per site


def test_each_step_is_a_form_with_progress_back_and_skip(client, wegwijzer):
    response = client.get("/wegwijzer/?step=3&who=naaste&place=Julianadorp")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vraag 3 van 5" in html
    assert '<progress max="5" value="3"' in html
    assert '<legend><h2 id="question-heading" tabindex="-1">Waar heb je behoefte aan?</h2></legend>' in html
    # the answers so far travel along as hidden fields, and the back link keeps them
    assert '<input type="hidden" name="who" value="naaste">' in html
    assert '<input type="hidden" name="place" value="Julianadorp">' in html
    assert '<input type="hidden" name="step" value="4">' in html
    assert 'href="/wegwijzer/?who=naaste&amp;place=Julianadorp&amp;step=2"' in html
    assert 'href="/wegwijzer/?who=naaste&amp;place=Julianadorp&amp;step=4"' in html  # skip
    assert 'type="checkbox" name="need" value="ontmoeten"' in html


def test_back_shows_the_answer_given(client, wegwijzer):
    html = client.get("/wegwijzer/?step=1&who=naaste&place=Julianadorp").content.decode()
    assert 'name="who" value="naaste" id="answer-who-2" checked' in html
    assert '<input type="hidden" name="who"' not in html
    html = client.get("/wegwijzer/?step=2&place=Julianadorp").content.decode()
    assert 'name="place" value="Julianadorp"' in html


def test_the_last_step_and_changing_an_answer_lead_to_the_result(client, wegwijzer):
    html = client.get("/wegwijzer/?step=5&need=praten").content.decode()
    assert f'action="{RESULT}"' in html
    html = client.get("/wegwijzer/?step=2&need=praten&then=result").content.decode()
    assert f'action="{RESULT}"' in html
    assert 'name="step"' not in html
    assert f'href="{RESULT}?need=praten"' in html  # back to the result, with the answers


@pytest.mark.parametrize("step", ["0", "99", "-1", "x", "", "1e9"])
def test_a_strange_step_number_shows_a_step(client, wegwijzer, step):
    assert client.get("/wegwijzer/", {"step": step}).status_code == 200


@pytest.fixture
def offer(wegwijzer, home_page, den_helder, themes):
    agenda = AgendaPageFactory(parent=home_page)
    location = LocationFactory(municipality=den_helder, city="Den Helder")
    weekly(
        agenda,
        days=("MO", "TU", "WE", "TH", "FR", "SA", "SU"),
        title="Avondgroep",
        activity_type="lotgenotengroep",
        location=location,
        start_date=timezone.localdate() - timedelta(days=7),
        start_time="19:00",
        end_time="21:00",
        themes=[themes["eenzaamheid"]],
    )
    organisation = OrganisationFactory(name="Herstelcafé", kind="herstel", walk_in=True)
    PlaceFactory(organisation=organisation, municipality=den_helder, city="Den Helder")
    return agenda


def test_the_result_shows_answers_as_chips_the_offer_crisis_lines_and_a_mailto(client, offer, site_settings):
    query = "who=naaste&place=Julianadorp&need=ontmoeten&fit=avond"
    response = client.get(f"{RESULT}?{query}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Avondgroep" in html and "Herstelcafé" in html
    assert "Julianadorp (" in html  # the village, with its municipality
    assert (
        'href="/wegwijzer/?who=naaste&amp;place=Julianadorp&amp;need=ontmoeten&amp;fit=avond&amp;step=3&amp;then=result"'
        in html
    )
    assert f'href="{RESULT}?who=naaste&amp;place=Julianadorp&amp;need=ontmoeten"' in html  # remove "avond"
    assert "0800-0113" in html  # the crisis lines from the site settings, always
    assert "mailto:?subject=" in html
    assert (
        "body=http%3A%2F%2Ftestserver%2Fwegwijzer%2Fresultaat%2F%3Fwho%3Dnaaste%26place%3DJulianadorp" in html
    )


def test_hostile_and_unknown_answers_never_break_the_result(client, offer):
    for query in [
        {"who": "<script>alert(1)</script>", "need": ["x", "ontmoeten"], "fit": "\x00"},
        {"place": "'; DROP TABLE wagtailcore_page; --", "theme": "9" * 40},
        {"place": "ﷺ" * 50, "step": "-1", "then": "elders"},
    ]:
        response = client.get(RESULT, query)
        assert response.status_code == 200
        assert "<script>alert" not in response.content.decode()


def test_no_cookie_is_set_and_only_daily_aggregates_are_kept(client, offer, kop):
    for _ in range(3):
        response = client.get(f"{RESULT}?place=Julianadorp&need=ontmoeten&need=praten&who=naaste")
        assert response.cookies == {}
        response = client.get("/wegwijzer/?step=2&place=Julianadorp")
        assert response.cookies == {}
    client.get(f"{RESULT}?place=Schagen%201741&need=praten")
    rows = set(AskedCount.objects.values_list("day", "need", "place", "found_nearby", "count"))
    today = timezone.localdate()
    assert rows == {
        (today, "", "Den Helder", True, 3),
        (today, "ontmoeten", "Den Helder", True, 3),
        (today, "praten", "Den Helder", True, 3),
        (today, "", "Schagen", False, 1),
        (today, "praten", "Schagen", False, 1),
    }


def test_a_shared_cache_passes_every_result_on_so_that_each_is_counted(client, offer):
    assert "public" in client.get("/wegwijzer/?step=2").headers["Cache-Control"]
    cache_control = client.get(f"{RESULT}?place=Julianadorp&need=praten").headers["Cache-Control"]
    assert "private" in cache_control and "public" not in cache_control


def test_an_unknown_place_is_counted_without_its_text(client, offer):
    client.get(f"{RESULT}?place=Kerkstraat+12+Amsterdam&need=praten")
    assert set(AskedCount.objects.values_list("place", flat=True)) == {""}


BUDGET = 12  # as every public page (tests/herstelnetwerk/test_query_budget.py)


def result_queries(client, url, assert_queries, expected):
    client.get(url)  # warm the caches, as on a running site
    with assert_queries(expected) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def add_offer(story_index, agenda, den_helder, themes, count):
    for n in range(count):
        weekly(
            agenda,
            days=("MO", "WE", "FR"),
            title=f"Groep {n}",
            activity_type="lotgenotengroep",
            location=LocationFactory(municipality=den_helder),
            start_date=timezone.localdate() - timedelta(days=7),
            themes=[themes["eenzaamheid"]],
        )
        organisation = OrganisationFactory(kind="herstel", walk_in=n % 2 == 0)
        PlaceFactory(organisation=organisation, municipality=den_helder)
        StoryPageFactory(parent=story_index, themes=[themes["eenzaamheid"]])


@pytest.mark.parametrize(
    "query",
    ["who=naaste&place=Julianadorp&need=ontmoeten&fit=avond", "place=Schagen&need=geld-werk-wonen", ""],
)
def test_the_result_uses_a_fixed_number_of_queries(
    client,
    offer,
    home_page,
    den_helder,
    kop,
    themes,
    site_settings,
    django_assert_num_queries,
    django_assert_max_num_queries,
    query,
):
    index = StoryIndexPageFactory(parent=home_page)
    add_offer(index, offer, den_helder, themes, 6)  # more than a section shows, so only the total grows
    url = f"{RESULT}?{query}"
    small = result_queries(client, url, django_assert_max_num_queries, BUDGET)
    add_offer(index, offer, den_helder, themes, 30)
    assert result_queries(client, url, django_assert_num_queries, small) == small


def test_the_ways_in_follow_the_page(client, wegwijzer, den_helder):
    assert 'href="/wegwijzer/"' in client.get("/").content.decode()  # the menu and the home page's section
    html = client.get("/den-helder/").content.decode()
    assert '<form class="callout wegwijzer-start" method="get" action="/wegwijzer/">' in html
    assert '<input type="hidden" name="place" value="Den Helder">' in html  # the place filled in
    wegwijzer.save_revision().publish()
    wegwijzer.unpublish()
    assert "/wegwijzer/" not in client.get("/").content.decode()
