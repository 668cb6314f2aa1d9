"""Publishing purges the caching proxy: the page itself, the page that lists it, and the home page."""

from wagtail.contrib.frontend_cache.backends import BaseBackend

from tests.herstelnetwerk.factories import StandardPageFactory

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


def test_publishing_and_unpublishing_purge_the_page_its_parent_and_the_home_page(home_page, settings):
    settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": f"{__name__}.RecordingBackend"}}
    parent = StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons")
    page = StandardPageFactory(parent=parent, title="Privacy", slug="privacy")
    PURGED.clear()

    page.save_revision().publish()
    published = set(PURGED)
    PURGED.clear()
    page.unpublish()

    expected = {"http://localhost/over-ons/privacy/", "http://localhost/over-ons/", "http://localhost/"}
    assert published == expected
    assert set(PURGED) == expected


def test_nothing_is_purged_without_a_proxy(home_page, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    PURGED.clear()

    StandardPageFactory(parent=home_page).save_revision().publish()

    assert PURGED == []
