"""Behind trusted proxies, limits and the admin lock-out key on the visitor's address, never on the proxy's."""

import threading
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import RequestFactory, override_settings
from wagtail.models import PageViewRestriction

from herstelnetwerk import ratelimit
from herstelnetwerk.client_address import client_address
from tests.herstelnetwerk.factories import StandardPageFactory

PROXY = "10.0.0.2"
PASSWORD = "het-juiste-wachtwoord-2026"


def request_from(forwarded=None, remote=PROXY):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.fixture(autouse=True)
def fresh_cache():
    caches["default"].clear()


@pytest.mark.parametrize(
    ("trusted", "forwarded", "expected"),
    [
        (0, "203.0.113.9", PROXY),  # no proxy trusted: the header is anyone's to send
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # a forged entry on the left is ignored
        (2, "6.6.6.6, 203.0.113.9, 198.51.100.1", "203.0.113.9"),
        (2, "203.0.113.9", "203.0.113.9"),  # came in through the inner proxy only
        (1, "", PROXY),
        (1, "not-an-address", PROXY),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_is_read_from_the_right_of_x_forwarded_for(settings, trusted, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = trusted

    assert client_address(request_from(forwarded)) == expected


def test_behind_a_proxy_one_visitor_over_the_limit_does_not_block_the_next(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    busy, other = request_from("203.0.113.9"), request_from("198.51.100.7")

    results = [ratelimit.over_limit(busy, "form", limit=3) for _ in range(4)]

    assert results == [False, False, False, True]
    assert not ratelimit.over_limit(other, "form", limit=3)


def test_the_count_is_shared_by_every_worker_through_redis(settings):
    """Two threads have two connections to Redis, as two gunicorn workers would: one count."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        }
    }
    seen = []
    workers = [
        threading.Thread(target=lambda: seen.append(ratelimit.over_limit(request_from(), "form", limit=3)))
        for _ in range(4)
    ]
    try:
        for worker in workers:
            worker.start()
            worker.join()

        assert sorted(seen) == [False, False, False, True]
    finally:
        caches["default"].clear()


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_lock_out_behind_a_proxy_locks_the_username_at_that_address_only(client):
    get_user_model().objects.create_superuser("beheerder", password=PASSWORD)
    attacker = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    owner = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.7"}

    for _attempt in range(5):
        client.post("/admin/login/", {"username": "beheerder", "password": "fout"}, **attacker)
    locked = client.post("/admin/login/", {"username": "beheerder", "password": PASSWORD}, **attacker)
    client.post("/admin/login/", {"username": "beheerder", "password": PASSWORD}, **owner)

    assert locked.status_code == 429
    assert "_auth_user_id" in client.session


@pytest.fixture
def protected_page(home_page):
    page = StandardPageFactory(parent=home_page, title="Voor deelnemers", slug="voor-deelnemers")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="zomer-2026"
    )
    return page, f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


@override_settings(TRUSTED_PROXY_COUNT=1, PASSWORD_ATTEMPTS_LIMIT=5)
def test_a_page_password_cannot_be_guessed_without_limit(client, protected_page):
    page, url = protected_page
    guesser = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    visitor = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.7"}

    for attempt in range(5):
        response = client.post(url, {"password": f"gok-{attempt}", "return_url": page.url}, **guesser)
        assert response.status_code == 200
    refused = client.post(url, {"password": "zomer-2026", "return_url": page.url}, **guesser)
    allowed = client.post(url, {"password": "zomer-2026", "return_url": page.url}, **visitor)

    assert refused.status_code == 429
    assert "Te veel pogingen" in refused.content.decode()
    assert allowed.status_code == 302 and allowed["Location"] == page.url
