"""Images on pages and organisations: alt text or decorative, responsive renditions, never on an anonymous story;
the demo's own illustrations; the favicon, the logo and the admin's branding."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from herstelnetwerk.demo import illustrations
from herstelnetwerk.demo.images import HOME, image_for
from tests.socialmap.factories import OrganisationFactory, SocialMapPageFactory
from tests.verhalen.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def picture():
    return get_image_model().objects.create(
        title="Duinen", file=get_test_image_file(size=(1200, 800)), description=""
    )


def test_an_image_needs_alt_text_unless_it_is_decorative(home_page, picture):
    home_page.image = picture
    with pytest.raises(ValidationError) as error:
        home_page.full_clean()
    assert "image_alt" in error.value.message_dict

    home_page.image_decorative = True
    home_page.full_clean()
    assert home_page.image_alt_text == ""

    home_page.image_decorative, home_page.image_alt = False, "Duinen met helmgras."
    home_page.full_clean()
    assert home_page.image_alt_text == "Duinen met helmgras."


def test_the_image_library_description_is_the_alt_text_when_the_page_gives_none(home_page, picture):
    picture.description = "Tekening van duinen aan zee."
    picture.save()
    home_page.image = picture
    home_page.full_clean()
    assert home_page.image_alt_text == "Tekening van duinen aan zee."


def test_the_home_page_hero_is_a_responsive_picture_loaded_first(client, home_page, picture):
    home_page.image, home_page.image_alt = picture, "Duinen met helmgras."
    home_page.save_revision().publish()

    html = client.get("/").content.decode()

    hero = re.search(r'<div class="picture picture--hero"><picture>(.*?)</picture>', html, re.S).group(1)
    assert '<source sizes="(min-width: 78rem) 76rem, 100vw"' in hero
    assert 'type="image/webp"' in hero
    image = re.search(r"<img[^>]*>", hero).group(0)
    assert 'alt="Duinen met helmgras."' in image
    assert 'fetchpriority="high"' in image and 'loading="lazy"' not in image
    assert re.search(r'width="\d+"', image) and re.search(r'height="\d+"', image)
    assert ".jpg" in re.search(r'src="([^"]+)"', image).group(1)
    assert len(re.search(r'srcset="([^"]+)"', image).group(1).split(",")) == 3


def test_an_anonymous_story_can_neither_have_nor_show_an_image(client, home_page, picture):
    stories = StoryIndexPageFactory(parent=home_page)
    story = StoryPageFactory.build(author="anonymous", author_name="", image=picture, image_decorative=True)
    with pytest.raises(ValidationError) as error:
        story.clean()
    assert "image" in error.value.message_dict

    # Even when it got one before it became anonymous, the page does not show it.
    story = StoryPageFactory(parent=stories, image=picture, image_decorative=True)
    assert 'class="picture picture--side"' in client.get(story.url).content.decode()
    type(story).objects.filter(pk=story.pk).update(author="anonymous", author_name="")
    assert "<img" not in client.get(story.url).content.decode().split("<main")[1]


def test_an_organisation_image_is_lazy_and_a_decorative_one_has_an_empty_alt(client, home_page, picture):
    social_map = SocialMapPageFactory(parent=home_page)
    organisation = OrganisationFactory(image=picture, image_decorative=True)

    html = client.get(f"{social_map.url}{organisation.slug}/").content.decode()

    image = re.search(r'<div class="picture picture--side"><picture>.*?(<img[^>]*>)', html, re.S).group(1)
    assert 'alt=""' in image
    assert 'loading="lazy"' in image


def test_the_demo_draws_its_illustrations_the_same_way_every_time():
    first, again = illustrations.draw("dunes", 3), illustrations.draw("dunes", 3)
    assert first == again
    assert first != illustrations.draw("polder", 3)
    image = PillowImage.open(io.BytesIO(first))
    assert (image.format, image.size) == ("JPEG", (illustrations.WIDTH, illustrations.HEIGHT))
    assert len(first) < 150_000


def test_the_demo_never_gives_an_anonymous_story_an_image(home_page):
    assert image_for(home_page) == HOME
    named = [StoryPageFactory.build(slug=f"verhaal-{n}") for n in range(20)]
    assert any(image_for(story) for story in named), "about half of the named stories get one"
    assert not any(
        image_for(StoryPageFactory.build(slug=f"verhaal-{n}", author="anonymous")) for n in range(20)
    )


def test_the_favicon_is_served_where_browsers_look_for_it(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert "max-age" in response["Cache-Control"]


def test_every_page_links_the_logo_and_icons(client, home_page, site_settings):
    html = client.get("/").content.decode()
    assert 'class="brand__mark" src="/static/brand/mark.svg"' in html
    for link in (
        'href="/favicon.ico"',
        "brand/mark.svg",
        "brand/apple-touch-icon.png",
        "brand/site.webmanifest",
    ):
        assert link in html


def test_the_admin_carries_the_network_logo(client, django_user_model):
    html = client.get("/admin/login/").content.decode()
    assert "brand/logo.svg" in html
    assert "Inloggen bij Herstelnetwerk" in html
    assert "<title>Inloggen - Herstelnetwerk</title>" in html

    client.force_login(django_user_model.objects.create_superuser("beheer", "beheer@example.com", "x"))
    html = client.get("/admin/").content.decode()
    assert "brand/mark.svg" in html
    assert "brand/admin.css" in html  # the network's colours


def test_an_image_costs_two_queries_and_stays_within_the_page_budget(
    client, home_page, site_settings, picture, django_assert_max_num_queries
):
    from tests.herstelnetwerk.test_query_budget import BUDGET

    client.get("/")  # warm the site-root and settings caches, as on a running site
    with django_assert_max_num_queries(BUDGET) as without:
        client.get("/")
    home_page.image, home_page.image_decorative = picture, True
    home_page.save_revision().publish()
    client.get("/")  # the first visit makes the renditions
    with django_assert_max_num_queries(BUDGET) as with_image:
        assert 'class="picture picture--hero"' in client.get("/").content.decode()
    assert len(with_image) <= len(without) + 2  # the image and its renditions, read at once
