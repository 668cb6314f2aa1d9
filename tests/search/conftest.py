import pytest
from django.utils import timezone

from herstelnetwerk.lexicon import THEME_WORDS
from herstelnetwerk.models import Theme
from search.models import Synonym
from tests.herstelnetwerk.factories import StandardPageFactory
from tests.socialmap.factories import OrganisationFactory, SocialMapPageFactory


@pytest.fixture
def content(home_page, subregion):
    """A little of everything that can be found, in the default site's subregion 'Kop van Noord-Holland'."""
    themes = {
        slug: Theme.objects.create(name=slug.title(), slug=slug, everyday_words=", ".join(THEME_WORDS[slug]))
        for slug in ("verslaving", "somberheid")
    }
    SocialMapPageFactory(parent=home_page)
    schagen = subregion.municipalities.get(slug="schagen")
    addiction = OrganisationFactory(
        name="Hulp bij verslaafd zijn",
        slug="hulp-verslaafd",
        description="Voor wie verslaafd is aan alcohol of gokken.",
    )
    addiction.municipalities_served.add(schagen)
    addiction.themes.add(themes["verslaving"])
    addiction.save()
    gloom = OrganisationFactory(
        name="Praktijkondersteuner Schagen",
        slug="poh-schagen",
        description="Gesprekken bij somberheid en zorgen.",
    )
    gloom.themes.add(themes["somberheid"])
    gloom.save()
    page = StandardPageFactory(
        parent=home_page, title="Over somberheid", slug="over-somberheid", intro="Als je je somber voelt."
    )
    Synonym.objects.create(words="depressie, somberheid")
    Synonym.objects.create(words="POH, praktijkondersteuner")
    return {
        "addiction": addiction,
        "gloom": gloom,
        "page": page,
        "themes": themes,
        "today": timezone.localdate(),
    }
