import json
from io import StringIO

import pytest
from django.core.management import call_command

from herstelnetwerk.lexicon import THEME_WORDS
from herstelnetwerk.models import Theme
from tests.herstelnetwerk.factories import MunicipalityFactory, SubregionPageFactory
from tests.wegwijzer.factories import WegwijzerPageFactory
from wegwijzer.demo import QUESTIONS
from wegwijzer.entry import forget


@pytest.fixture(autouse=True)
def forget_the_cached_address():
    """The wegwijzer's address is cached across requests: no test may see another's page."""
    forget()
    yield
    forget()


@pytest.fixture
def themes(db):
    return {slug: Theme.objects.create(name=slug.capitalize(), slug=slug) for slug in THEME_WORDS}


@pytest.fixture
def den_helder(home_page):
    """A subregion of one municipality, Den Helder (where Julianadorp is)."""
    page = SubregionPageFactory(parent=home_page, title="Den Helder", slug="den-helder")
    return MunicipalityFactory(subregion=page, name="Den Helder", slug="den-helder")


@pytest.fixture
def kop(home_page):
    """A subregion of two municipalities: Schagen and its neighbour Hollands Kroon."""
    page = SubregionPageFactory(parent=home_page, title="Kop van Noord-Holland", slug="kop-van-noord-holland")
    return {
        "page": page,
        "schagen": MunicipalityFactory(subregion=page, name="Schagen", slug="schagen"),
        "hollands_kroon": MunicipalityFactory(subregion=page, name="Hollands Kroon", slug="hollands-kroon"),
    }


@pytest.fixture
def wegwijzer(home_page, themes):
    """The wegwijzer with the demo's five questions and mappings."""
    return WegwijzerPageFactory(parent=home_page, questions=json.dumps(QUESTIONS))


@pytest.fixture
def demo(db):
    """The whole demo site, as ``manage.py load_demo`` builds it."""
    call_command("load_demo", stdout=StringIO())
