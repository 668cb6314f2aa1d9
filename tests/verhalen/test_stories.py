"""Stories: where they live, how authors are shown, content warnings, lists, tags, feeds and query budgets."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.page_tests import WagtailPageTestCase

from herstelnetwerk.models import HomePage, StandardPage, Theme
from tests.agenda.factories import ActivityPageFactory, AgendaPageFactory
from tests.socialmap.factories import OrganisationFactory, SocialMapPageFactory
from tests.support.bulk_pages import bulk_child_pages
from tests.verhalen.factories import StoryPageFactory
from verhalen.models import StoryIndexPage, StoryPage


class TestPageTree(WagtailPageTestCase):
    def test_stories_live_under_their_index_under_the_home_page(self):
        self.assertAllowedParentPageTypes(StoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})
        self.assertCanNotCreateAt(StandardPage, StoryPage)


def titles(response):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', response.content.decode())


def test_an_anonymous_story_never_shows_a_name_or_photo(client, stories):
    story = StoryPageFactory(parent=stories, author="anonymous", author_name="Geheim Naam")

    html = client.get(story.url).content.decode()

    assert "Verteld door Anoniem" in html
    assert "Geheim Naam" not in html
    assert "<img" not in html.split("<main")[1]


def test_an_anonymous_story_cannot_have_a_portrait(stories):
    image = Image.objects.create(title="Portret", file=get_test_image_file())
    story = StoryPageFactory.build(author="anonymous", portrait=image)

    with pytest.raises(ValidationError) as error:
        story.clean()

    assert "portrait" in error.value.message_dict


def test_content_warning_comes_before_the_folded_story(client, stories):
    story = StoryPageFactory(parent=stories, content_warning="suicide")

    html = client.get(story.url).content.decode()

    assert (
        html.index("Voordat je gaat lezen")
        < html.index('<details class="story__folded">')
        < html.index("Ik liep elke dag")
    )
    assert 'role="note"' in html and "Dit verhaal gaat over: zelfdoding." in html
    assert "Terug naar de verhalen" in html


def test_reading_time_is_computed(stories):
    story = StoryPageFactory(parent=stories)

    assert story.reading_minutes == 3  # 420 words at 200 a minute, rounded up


def test_related_stories_activities_and_organisations(client, stories, home_page):
    theme = Theme.objects.create(name="Eenzaamheid", slug="eenzaamheid")
    SocialMapPageFactory(parent=home_page)
    organisation = OrganisationFactory(name="Buurtkamer Noord")
    activity = ActivityPageFactory(parent=AgendaPageFactory(parent=home_page), title="Inloop Noord")
    story = StoryPageFactory(parent=stories, themes=[theme], related_organisations=[organisation])
    story.related_activities.create(activity=activity)
    story.save_revision().publish()
    StoryPageFactory(parent=stories, title="Ook eenzaam", themes=[theme])
    StoryPageFactory(parent=stories, title="Iets anders")

    html = client.get(story.url).content.decode()

    assert "Meer verhalen zoals dit" in html and "Ook eenzaam" in html and "Iets anders" not in html
    assert f'href="/sociale-kaart/{organisation.slug}/"' in html
    assert "Inloop Noord" in html


def test_listing_filters_and_tag_pages(client, stories, subregion):
    theme = Theme.objects.create(name="Verslaving", slug="verslaving")
    tagged = StoryPageFactory(parent=stories, title="Droog", themes=[theme], subregion=subregion)
    tagged.tags.add("herstel")
    tagged.save_revision().publish()
    StoryPageFactory(parent=stories, title="Anders")

    assert titles(client.get("/verhalen/", {"theme": "verslaving", "subregion": subregion.slug})) == ["Droog"]
    assert titles(client.get("/verhalen/tag/herstel/")) == ["Droog"]
    assert client.get("/verhalen/tag/bestaat-niet/").status_code == 404
    assert client.get("/verhalen/", {"theme": "<script>", "page": "999999999999"}).status_code == 200
    assert titles(client.get("/verhalen/")) == ["Anders", "Droog"]  # newest first


def test_rss_and_atom_feeds(client, stories):
    StoryPageFactory(parent=stories, title="Mijn verhaal", author="pseudonym", author_name="Kees")

    rss = client.get("/verhalen/rss.xml")
    atom = client.get("/verhalen/atom.xml")

    assert rss["Content-Type"].startswith("application/rss+xml")
    assert "<title>Mijn verhaal</title>" in rss.content.decode()
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert "<name>Kees</name>" in atom.content.decode()


def test_home_and_subregion_sections(client, stories, subregion):
    StoryPageFactory(parent=stories, title="Uit de Kop", subregion=subregion)

    assert "Uit de Kop" in client.get("/").content.decode()
    assert "Verhalen uit deze deelregio" in client.get(subregion.url).content.decode()


@pytest.mark.parametrize("count", [5, 10_000])
def test_listing_and_story_queries_do_not_grow(
    client, stories, site_settings, count, django_assert_max_num_queries
):
    theme = Theme.objects.create(name="Zingeving", slug="zingeving")
    made = bulk_child_pages(stories, [StoryPageFactory.build(title=f"Verhaal {n}") for n in range(count)])
    StoryPage.themes.through.objects.bulk_create(
        StoryPage.themes.through(storypage_id=story.pk, theme_id=theme.pk) for story in made
    )
    story = StoryPage.objects.live().first()

    with django_assert_max_num_queries(12):
        listing = client.get("/verhalen/", {"theme": "zingeving"})
    with django_assert_max_num_queries(12):
        page = client.get(story.url)

    assert listing.content.decode().count('class="card story-card"') == min(count, 12)
    assert page.status_code == 200 and story.title in page.content.decode()
