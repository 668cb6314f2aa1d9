"""Full URLs in the sitemap, the API and the feeds use the address visitors reach the site on, not the Site record's
development default (``localhost``)."""

from tests.herstelnetwerk.factories import StandardPageFactory

HOST = "www.herstelnetwerk.example"


def test_the_sitemap_and_the_api_use_the_public_address(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons")

    sitemap = client.get("/sitemap.xml", HTTP_HOST=HOST, secure=True).content.decode()
    detail = client.get(f"/api/v3/pages/{page.pk}/", HTTP_HOST=HOST, secure=True).json()

    assert f"<loc>https://{HOST}/over-ons/</loc>" in sitemap
    assert "localhost" not in sitemap
    assert detail["meta"]["html_url"] == f"https://{HOST}/over-ons/"


def test_links_within_the_site_stay_relative(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons", show_in_menus=True)

    body = client.get("/", HTTP_HOST=HOST).content.decode()

    assert 'href="/over-ons/"' in body and page.get_url() == "/over-ons/"
