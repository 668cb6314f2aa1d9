"""Fixtures shared by every app's tests: a site with a home page, subregions and site settings."""

import pytest
from wagtail.models import Page, Site

from herstelnetwerk.models import SiteSettings
from tests.herstelnetwerk.factories import HomePageFactory, MunicipalityFactory, SubregionPageFactory


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
