"""Routing reads the home page's children once and knows which pages are public; restrictions still hold."""

import pytest
from wagtail.models import PageViewRestriction

from tests.herstelnetwerk.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def pages(home_page):
    about = StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons", show_in_menus=True)
    members = StandardPageFactory(parent=home_page, title="Ledenpagina", slug="leden", show_in_menus=True)
    return {
        "about": about,
        "team": StandardPageFactory(parent=about, title="Ons team", slug="team"),
        "board": StandardPageFactory(parent=about, title="Bestuursstukken", slug="bestuur"),
        "members": members,
        "minutes": StandardPageFactory(parent=members, title="Notulen", slug="notulen"),
    }


@pytest.mark.parametrize("restricted, url", [("members", "/leden/"), ("members", "/leden/notulen/")])
def test_a_restricted_top_page_and_its_children_ask_for_a_login(client, pages, restricted, url):
    restrict(pages[restricted])

    response = client.get(url)

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_restricted_child_of_a_public_page_asks_for_a_login_and_its_sibling_does_not(client, pages):
    restrict(pages["board"])

    assert client.get("/over-ons/bestuur/").status_code == 302
    assert client.get("/over-ons/team/").status_code == 200


def test_the_menu_leaves_out_restricted_pages(client, pages):
    restrict(pages["members"])

    html = client.get("/").content.decode()

    assert 'href="/over-ons/"' in html
    assert 'href="/leden/"' not in html


def test_breadcrumbs_show_every_ancestor_below_the_root(client, pages):
    html = client.get("/over-ons/team/").content.decode()
    crumbs = html[html.index('class="breadcrumbs"') :]

    assert crumbs.index(">Samen werken aan herstel<") < crumbs.index(">Over ons<") < crumbs.index("Ons team")


def test_an_unpublished_top_page_with_a_live_child_is_routed_as_wagtail_does(client, pages):
    pages["about"].unpublish()

    assert client.get("/over-ons/").status_code == 404
    assert client.get("/over-ons/team/").status_code == 200


def test_unknown_paths_are_404(client, pages):
    assert client.get("/bestaat-niet/").status_code == 404
    assert client.get("/over-ons/bestaat-niet/").status_code == 404


def test_an_alias_asks_for_a_login_when_its_source_page_is_restricted_later(client, pages):
    pages["minutes"].create_alias(parent=pages["about"], update_slug="notulen-kopie")
    restrict(pages["minutes"])

    assert client.get("/over-ons/notulen-kopie/").status_code == 302
