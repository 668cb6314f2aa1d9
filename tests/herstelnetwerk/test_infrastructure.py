"""Standard Wagtail parts: sitemap, robots.txt, API v3, admin."""

import pytest

from tests.herstelnetwerk.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_published_pages_only(client, home_page, subregion):
    StandardPageFactory(parent=home_page, slug="gepubliceerd")
    StandardPageFactory(parent=home_page, slug="concept", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "/gepubliceerd/" in xml
    assert "/kop-van-noord-holland/" in xml
    assert "/concept/" not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "sitemap.xml" in body


def test_api_lists_live_pages_to_anonymous_visitors(client, home_page, subregion):
    StandardPageFactory(parent=home_page, slug="concept", live=False)
    response = client.get("/api/v3/pages/")
    assert response.status_code == 200
    slugs = {
        item["meta"]["slug"] if "meta" in item else item.get("slug") for item in response.json()["items"]
    }
    assert "kop-van-noord-holland" in slugs
    assert "concept" not in slugs


def test_api_refuses_anonymous_writes(client, home_page):
    response = client.post("/api/v3/pages/", {"title": "x"}, content_type="application/json")
    assert response.status_code in {401, 403, 405}


def test_openapi_schema_is_published(client):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    assert "paths" in response.json()


def test_admin_asks_anonymous_visitors_to_log_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_anonymous_pages_are_cacheable_and_admin_is_not(client, home_page, admin_client):
    assert "public" in client.get("/")["Cache-Control"]
    assert "public" not in admin_client.get("/admin/").get("Cache-Control", "")


def test_pages_with_a_csrf_token_are_never_shared(rf, home_page):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from herstelnetwerk.middleware import AnonymousCacheHeadersMiddleware

    def view_with_form(request):
        get_token(request)
        return HttpResponse("<form>")

    request = rf.get("/formulier/")
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    response = AnonymousCacheHeadersMiddleware(view_with_form)(request)
    assert "Cache-Control" not in response.headers


def test_api_refuses_an_offset_beyond_what_the_database_can_take(client, home_page):
    response = client.get("/api/v3/pages/", {"offset": str(2**63)})

    assert response.status_code == 400
    assert response.json()["detail"] == "offset is out of range"
    assert client.get("/api/v3/pages/", {"offset": str(2**63 - 1)}).json()["items"] == []


@pytest.mark.parametrize("search", [" ", '"', "?!"])
def test_api_refuses_a_search_without_words(client, home_page, search):
    response = client.get("/api/v3/pages/", {"search": search})

    assert response.status_code == 400
    assert response.json()["detail"] == "search needs at least one word"


def test_api_searches_the_words_of_a_query_with_punctuation(client, home_page):
    response = client.get("/api/v3/pages/", {"search": f'"{home_page.title}"!'})

    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [home_page.pk]


@pytest.mark.parametrize("name", ["locale", "type", "search"])
def test_api_refuses_nul_characters_that_postgresql_cannot_take(client, home_page, name):
    response = client.get("/api/v3/pages/", {name: "nl\x00"})

    assert response.status_code == 400
    assert response.json()["detail"] == "query values cannot contain NUL characters"
