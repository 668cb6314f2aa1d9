"""Fixtures shared by every app's tests: a site with a home page, subregions and site settings, and the demo site
that the quality gates (tests/quality, tests/browser) look at."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from herstelnetwerk.models import SiteSettings
from tests.herstelnetwerk.factories import HomePageFactory, MunicipalityFactory, SubregionPageFactory
from tests.support.crawl import crawl
from tests.support.demo_server import DemoSite, Server


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database is rolled back between tests, a locmem cache is not."""
    cache.clear()


@pytest.fixture
def home_page(db):
    """The home page as root of the default site (replacing Wagtail's welcome page)."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Herstelnetwerk"
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def subregion(home_page):
    page = SubregionPageFactory(parent=home_page, title="Kop van Noord-Holland", slug="kop-van-noord-holland")
    MunicipalityFactory(subregion=page, name="Schagen", slug="schagen")
    MunicipalityFactory(subregion=page, name="Hollands Kroon", slug="hollands-kroon")
    return page


@pytest.fixture
def site_settings(site):
    settings = SiteSettings.for_site(site)
    settings.crisis_contacts = [
        ("contact", {"name": "113 Zelfmoordpreventie", "phone": "0800-0113", "description": "Dag en nacht"}),
    ]
    settings.contact_email = "info@herstelnetwerk.example"
    settings.save()
    return settings


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """A migrated database with the demo content, shared by the gates of one test worker."""
    site = DemoSite.build(tmp_path_factory.mktemp("demo"))
    yield site
    site.drop()


@pytest.fixture(scope="session")
def demo_server(demo_site):
    """gunicorn serving the demo site on loopback."""
    with Server(demo_site) as server:
        yield server


@pytest.fixture(scope="session")
def public_pages(demo_server):
    """Every HTML page a visitor can reach by following links from the home page."""
    return crawl(demo_server.url)
