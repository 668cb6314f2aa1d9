"""Every core page type renders, with the theme's fixed parts: crisis banner, quick exit, one h1."""

import re

import pytest
from django.test import override_settings

from tests.herstelnetwerk.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_renders_intro_and_subregion_chooser(client, home_page, subregion):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert home_page.intro in html
    assert 'href="/kop-van-noord-holland/"' in html
    assert html.count("<h1") == 1


def test_subregion_page_lists_its_municipalities(client, subregion):
    response = client.get(subregion.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Schagen" in html and "Hollands Kroon" in html
    assert html.count("<h1") == 1


def test_standard_page_renders_with_breadcrumbs(client, subregion):
    page = StandardPageFactory(parent=subregion, title="Wat is herstel?", slug="wat-is-herstel")
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Wat is herstel?</h1>" in html
    assert 'aria-label="Kruimelpad"' in html


def test_every_page_has_crisis_banner_quick_exit_and_skip_link(client, home_page, site_settings):
    html = client.get("/").content.decode()
    assert "crisis-banner" in html
    assert "113 Zelfmoordpreventie" in html
    assert 'href="tel:08000113"' in html
    assert re.search(r'<a class="quick-exit" href="https://www.google.nl/"', html)
    assert "Snel weg" in html
    assert 'href="#main"' in html and 'id="main"' in html


def test_site_settings_reach_the_footer(client, home_page, site_settings):
    site_settings.contact_email = "info@herstelnetwerk.nl"
    site_settings.save()
    html = client.get("/").content.decode()
    assert '<a href="mailto:info@herstelnetwerk.nl">info@herstelnetwerk.nl</a>' in html


def test_an_address_on_a_reserved_example_domain_is_left_out_never_a_link_that_cannot_work(
    client, home_page, site_settings
):
    html = client.get("/").content.decode()
    assert "info@herstelnetwerk.example" not in html


def test_html_lang_is_dutch(client, home_page):
    assert '<html lang="nl">' in client.get("/").content.decode()


def test_unpublished_pages_are_not_served(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="concept", live=False)
    assert client.get("/concept/").status_code == 404
    assert page.pk


def test_404_page_is_dutch_and_keeps_the_crisis_banner(client, home_page, site_settings):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html
    assert "113 Zelfmoordpreventie" in html


@override_settings(DEBUG=False)
def test_500_page_is_dutch_and_standalone():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Er ging iets mis" in html
    assert "{%" not in html
