"""Every public page type makes at most twelve queries, the same number with 10 or with 2,000 items of each kind."""

from types import SimpleNamespace

import pytest

from herstelnetwerk.models import Theme
from tests.agenda.factories import AgendaPageFactory, LocationFactory
from tests.socialmap.factories import OrganisationFactory, SocialMapPageFactory
from tests.support.bulk_region import grow
from tests.verhalen.factories import StoryIndexPageFactory
from vrijwilligers.models import TrainingTrackPage, VolunteerIndexPage

pytestmark = pytest.mark.django_db

BUDGET = 12


@pytest.fixture
def region(home_page, subregion, site_settings):
    municipality = subregion.municipalities.get(slug="schagen")
    region = SimpleNamespace(
        subregion=subregion,
        municipality=municipality,
        theme=Theme.objects.create(name="Eenzaamheid", slug="eenzaamheid"),
        agenda=AgendaPageFactory(parent=home_page),
        social_map=SocialMapPageFactory(parent=home_page),
        stories=StoryIndexPageFactory(parent=home_page),
        place=LocationFactory(municipality=municipality),
        organiser=OrganisationFactory(name="Herstelcafé", slug="herstelcafe"),
    )
    volunteering = VolunteerIndexPage(title="Vrijwilligerswerk", slug="vrijwilligers")
    home_page.add_child(instance=volunteering)
    volunteering.add_child(
        instance=TrainingTrackPage(title="WRAP", slug="wrap", intro="Je eigen herstelplan.")
    )
    grow(region, 10)
    return region


def public_urls(region):
    return {
        "home": "/",
        "subregion": region.subregion.url,
        "standard page": f"{region.subregion.url}pagina-0/",
        "agenda": "/agenda/",
        "agenda, filtered": f"/agenda/?subregion={region.subregion.slug}&theme=eenzaamheid&free=on&page=2",
        "agenda archive": "/agenda/archief/",
        "activity": "/agenda/inloop-1/",
        "agenda feed": "/agenda/feed.ics",
        "activity feed": "/agenda/inloop-1/activiteit.ics",
        "social map": "/sociale-kaart/",
        "social map, filtered": "/sociale-kaart/?subregion=kop-van-noord-holland&free=on&walk_in=on&page=2",
        "social map, open now": "/sociale-kaart/?open_now=on&subregion=kop-van-noord-holland",
        "social map, open on": "/sociale-kaart/?open_day=1&open_part=morning&page=2",
        "organisation": "/sociale-kaart/steunpunt-3/",
        "organisation closed on holidays": "/sociale-kaart/steunpunt-1/",
        "stories": "/verhalen/",
        "stories, filtered": "/verhalen/?theme=eenzaamheid&page=2",
        "story": "/verhalen/mijn-weg-3/",
        "volunteers": "/vrijwilligers/",
        "training track": "/vrijwilligers/wrap/",
    }


def count_queries(client, django_assert_max_num_queries, urls):
    counts = {}
    for name, url in urls.items():
        client.get(url)  # warm the site-root and settings caches, as on a running site
        with django_assert_max_num_queries(BUDGET, info=name) as captured:
            assert client.get(url).status_code == 200, name
        counts[name] = len(captured)
    return counts


def test_every_public_page_stays_within_the_budget_however_much_content_there_is(
    client, region, django_assert_max_num_queries
):
    urls = public_urls(region)
    with_ten = count_queries(client, django_assert_max_num_queries, urls)

    grow(region, 1990, start=10)

    assert count_queries(client, django_assert_max_num_queries, urls) == with_ten
