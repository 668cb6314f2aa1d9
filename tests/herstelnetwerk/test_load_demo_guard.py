"""``load_demo`` never harms a real site (issue 13, item 9).

On a database with content of its own it refuses (a clear message, a non-zero exit); with ``--force`` it adds only
what is missing and never changes, publishes or builds on what it did not create. On an empty site, and again on its
own demo, it keeps working and changes nothing the second time.
"""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from herstelnetwerk.models import SiteSettings
from herstelnetwerk.socialmap.models import Organisation
from verhalen.models import StoryIndexPage, StoryPage
from vrijwilligers.models import TrainingCohort, TrainingTrackPage, VolunteerIndexPage


def load_demo(*args):
    call_command("load_demo", *args, stdout=io.StringIO())


@pytest.fixture
def real_site(site_settings, home_page):
    """A site of its own: contact details, an unpublished story with a draft, a training without cohorts, and an
    organisation, each with the slug the demo would use."""
    site_settings.crisis_contacts = []
    site_settings.contact_email = "echt@herstelnetwerk.nl"
    site_settings.save()
    stories = home_page.add_child(instance=StoryIndexPage(title="Onze verhalen", slug="verhalen"))
    story = stories.add_child(instance=StoryPage(title="De kronkelweg terug", slug="de-kronkelweg-terug"))
    story.title = "Concept dat nog niet af is"
    story.save_revision()
    story.unpublish()
    volunteering = home_page.add_child(instance=VolunteerIndexPage(title="Meedoen", slug="vrijwilligers"))
    volunteering.add_child(instance=TrainingTrackPage(title="Onze WRAP", slug="wrap"))
    Organisation.objects.create(
        slug="sociaal-wijkteam-schagen", name="Wijkteam Schagen (echt)", kind="sociaal-team"
    )
    return story


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "settings": SiteSettings.objects.values_list("contact_email", "crisis_contacts").first(),
        "organisation": Organisation.objects.filter(slug="sociaal-wijkteam-schagen")
        .values_list("name", "phone")
        .get(),
    }


def test_on_a_site_with_content_of_its_own_it_refuses_and_changes_nothing(real_site):
    before = snapshot()

    with pytest.raises(CommandError) as refusal:
        load_demo()

    assert "--force" in str(refusal.value) and "eigen inhoud" in str(refusal.value)
    assert "content of its own" in str(refusal.value)
    assert snapshot() == before


def test_forced_it_adds_but_never_touches_what_it_did_not_create(real_site):
    before = snapshot()

    load_demo("--force")

    after = snapshot()
    real_pages = {row[0]: row for row in before["pages"]}
    assert [row for row in after["pages"] if row[0] in real_pages] == before["pages"], "real pages unchanged"
    assert after["settings"] == before["settings"] and after["organisation"] == before["organisation"]
    real_site.refresh_from_db()
    assert not real_site.live, "the unpublished story stays unpublished"
    assert not TrainingCohort.objects.filter(track__slug="wrap").exists(), "no cohorts on a real training"
    assert StoryPage.objects.count() == 1, "no demo stories under the site's own story index"


@pytest.mark.django_db
def test_on_an_empty_site_it_builds_and_a_second_run_changes_nothing():
    load_demo()
    first = snapshot_of_demo()

    load_demo()

    assert snapshot_of_demo() == first
    assert first["cohorts"] > 0 and first["stories"] > 0


def snapshot_of_demo():
    return {
        "pages": sorted(Page.objects.values_list("pk", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "cohorts": TrainingCohort.objects.count(),
        "stories": StoryPage.objects.live().count(),
        "organisations": Organisation.objects.count(),
    }
