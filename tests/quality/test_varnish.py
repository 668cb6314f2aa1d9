"""Varnish gate: deploy/varnish/default.vcl in front of gunicorn caches anonymous pages, never the admin, forms or
personal pages, and a publish is visible within a second on the page, its parent and the home page."""

import time

import pytest
import requests

from tests.support.demo_server import DemoSite, Server
from tests.support.varnish import Varnish, varnishd_path

pytestmark = [
    pytest.mark.gate,
    pytest.mark.xdist_group("demo_server"),
    pytest.mark.skipif(
        varnishd_path() is None,
        reason="varnishd is not installed (Debian package varnish: scripts/install-test-tools.sh)",
    ),
]

NEWEST_STORY = "from verhalen.models import StoryPage; story = StoryPage.objects.live().order_by('-first_published_at').first()"


@pytest.fixture(scope="module")
def cached_site(tmp_path_factory):
    """A demo site of its own (this gate publishes), gunicorn behind Varnish, purged on publish."""
    site = DemoSite.build(tmp_path_factory.mktemp("varnish"), name="varnish")
    try:
        with Server(site) as server, Varnish(server.port) as varnish:
            site.env["FRONTEND_CACHE_PURGE_URL"] = varnish.url
            yield site, varnish
    finally:
        site.drop()


def twice(url, **kwargs):
    first = requests.get(url, timeout=30, **kwargs)
    return first, requests.get(url, timeout=30, **kwargs)


def test_anonymous_pages_come_from_the_cache_whatever_cookies_they_send(cached_site):
    _site, varnish = cached_site

    first, second = twice(f"{varnish.url}/verhalen/")
    with_cookie = requests.get(
        f"{varnish.url}/verhalen/", cookies={"_ga": "GA1.1", "csrftoken": "x"}, timeout=30
    )

    assert first.status_code == second.status_code == 200
    assert first.headers["X-Cache"] == "MISS"
    assert second.headers["X-Cache"] == "HIT" and int(second.headers["Age"]) >= 0
    assert with_cookie.headers["X-Cache"] == "HIT"


@pytest.mark.parametrize(
    "path",
    [
        "/admin/login/",
        "/zoeken/suggest?q=inloop",
        "/vrijwilligers/afmelden/?token=abc",
        "/vrijwilligers/",  # a sign-up form: Django sets a CSRF cookie and does not mark it public
    ],
)
def test_the_admin_forms_and_personal_pages_are_never_cached(cached_site, path):
    _site, varnish = cached_site

    _first, second = twice(f"{varnish.url}{path}", allow_redirects=False)

    assert second.headers["X-Cache"] == "MISS", second.headers


def test_a_post_goes_to_django(cached_site):
    _site, varnish = cached_site

    response = requests.post(f"{varnish.url}/vrijwilligers/", data={}, timeout=30)

    assert response.headers["X-Cache"] == "MISS"
    assert response.status_code in (200, 403)  # the form again with its errors, or the missing CSRF token


def test_a_publish_is_visible_within_a_second_on_the_page_its_parent_and_the_home_page(cached_site):
    site, varnish = cached_site
    path = site.query(f"{NEWEST_STORY}; print(story.url)")
    urls = [f"{varnish.url}{path}", f"{varnish.url}/verhalen/", f"{varnish.url}/"]
    for url in urls:
        assert twice(url)[1].headers["X-Cache"] == "HIT"

    site.query(
        f"{NEWEST_STORY}; story.title = 'Een nieuwe titel voor Varnish'; story.save_revision().publish(); print('ok')"
    )
    deadline = time.monotonic() + 1
    stale = urls
    while stale and time.monotonic() < deadline:
        stale = [
            url for url in stale if "Een nieuwe titel voor Varnish" not in requests.get(url, timeout=5).text
        ]
        time.sleep(0.05)

    assert stale == []
