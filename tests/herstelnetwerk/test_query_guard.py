"""Numbers beyond what the database can hold and unparsable searches never reach it, in the API or the admin."""

import pytest

TOO_BIG = str(2**63)


@pytest.mark.parametrize("number", [TOO_BIG, str(-(2**63) - 1), "9" * 40, "9" * 5000])
def test_a_huge_site_number_is_a_bad_request(client, home_page, number):
    response = client.get("/api/v3/redirects/", {"site": number})

    assert response.status_code == 400
    assert response.json()["detail"] == "site is out of range"


@pytest.mark.parametrize(
    "url", ["/api/v3/redirects/", "/api/v3/pages/", "/api/v3/sites/", "/api/v3/locales/", "/api/v3/pages/"]
)
def test_no_parameter_takes_a_huge_number(client, home_page, url):
    for name in ("site", "id", "limit", "offset", "child_of", "descendant_of", "locale", "type"):
        assert client.get(url, {name: TOO_BIG}).status_code == 400, name


def test_numbers_in_range_and_searches_for_numbers_still_work(client, home_page):
    assert client.get("/api/v3/pages/", {"id": 2**63 - 1}).status_code == 200
    assert client.get("/api/v3/pages/", {"search": "9" * 40}).status_code == 200


@pytest.fixture
def superuser_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("beheerder", password="x"))
    return client


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/admin/documents/chooser/chosen-multiple/", {"id": TOO_BIG}),
        ("/admin/pages/", {"q": "\"'>x"}),
        ("/admin/choose-page/search/", {"q": "'"}),
        ("/admin/snippets/herstelnetwerk/theme/", {"q": "\"'"}),
    ],
)
def test_the_admin_takes_huge_numbers_and_quotes_without_failing(superuser_client, home_page, url, params):
    assert superuser_client.get(url, params).status_code < 500


def test_an_admin_search_keeps_its_words(superuser_client, home_page):
    response = superuser_client.get("/admin/pages/search/", {"q": "\"herstel'"})

    assert response.status_code == 200
    assert response.context["query_string"] == "herstel"
