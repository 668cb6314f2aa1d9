"""Core pages use a fixed number of queries, however much content the site holds."""

import pytest

from tests.herstelnetwerk.factories import MunicipalityFactory, StandardPageFactory, SubregionPageFactory

pytestmark = pytest.mark.django_db

HOME_PAGE_BUDGET = 14
SUBREGION_PAGE_BUDGET = 14


def count_queries(client, url, django_assert_max_num_queries, budget):
    client.get(url)  # warm the site-root and settings caches, as on a running site
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def add_content(home_page, subregion, count=100):
    for n in range(count // 2):
        StandardPageFactory(parent=home_page, show_in_menus=n % 10 == 0)
        StandardPageFactory(parent=subregion)
    for _ in range(5):
        MunicipalityFactory(subregion=SubregionPageFactory(parent=home_page))


def test_home_page_query_count_does_not_grow_with_content(
    client, home_page, subregion, site_settings, django_assert_max_num_queries
):
    before = count_queries(client, "/", django_assert_max_num_queries, HOME_PAGE_BUDGET)
    add_content(home_page, subregion)
    after = count_queries(client, "/", django_assert_max_num_queries, HOME_PAGE_BUDGET)
    assert after == before


def test_subregion_page_query_count_does_not_grow_with_content(
    client, home_page, subregion, site_settings, django_assert_max_num_queries
):
    before = count_queries(client, subregion.url, django_assert_max_num_queries, SUBREGION_PAGE_BUDGET)
    add_content(home_page, subregion)
    after = count_queries(client, subregion.url, django_assert_max_num_queries, SUBREGION_PAGE_BUDGET)
    assert after == before
