"""Consent records never reach a public page, a feed, the API or the search index; withdrawing unpublishes."""

from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.search.models import IndexEntry

from tests.verhalen.factories import StoryPageFactory
from verhalen.models import StoryConsent, StoryPage

SECRET = "Bereikbaar via zus, 06-99887766, alleen op woensdag"


@pytest.fixture
def story(stories):
    story = StoryPageFactory(parent=stories, title="Mijn weg", author="pseudonym", author_name="Kees")
    StoryConsent.objects.create(
        story=story, given_on=date(2026, 3, 1), how_given="written", contact_note=SECRET
    )
    story.save_revision().publish()
    return story


def test_consent_is_not_on_the_page_feed_or_api(client, story):
    pages = [
        client.get(story.url),
        client.get("/verhalen/"),
        client.get("/verhalen/rss.xml"),
        client.get("/verhalen/atom.xml"),
        client.get(f"/api/v3/pages/{story.pk}/"),
        client.get("/api/v3/pages/", {"type": "verhalen.StoryPage", "fields": "*"}),
    ]

    for response in pages:
        assert response.status_code == 200, response.request["PATH_INFO"]
        body = response.content.decode()
        assert SECRET not in body and "06-99887766" not in body
        assert "2026-03-01" not in body and "written" not in body


def test_consent_is_not_in_the_search_index(story):
    # Raw text on SQLite, a tsvector of Dutch stems on PostgreSQL: compare lower-case word beginnings.
    indexed = " ".join(
        f"{entry.title} {entry.body} {entry.autocomplete}" for entry in IndexEntry.objects.all()
    ).lower()

    assert "mijn" in indexed and "weg" in indexed
    for private in ("bereikba", "99887766", "woensd"):
        assert private not in indexed


def test_withdrawing_consent_unpublishes_and_blocks_republishing(client, story):
    consent = story.consent
    consent.withdrawn_on = date(2026, 11, 1)
    consent.save()

    story.refresh_from_db()
    assert not story.live
    assert client.get("/verhalen/mijn-weg/").status_code == 404
    with pytest.raises(ValidationError):
        StoryPage.objects.get(pk=story.pk).full_clean()


def test_withdrawal_cannot_precede_consent(story):
    consent = story.consent
    consent.withdrawn_on = date(2026, 1, 1)

    with pytest.raises(ValidationError):
        consent.full_clean()


def test_only_the_consent_group_sees_consent_records(client, story, django_user_model):
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name="Redactie"))
    guide = django_user_model.objects.create_user("begeleider", password="x")
    guide.groups.add(Group.objects.get(name="Verhaalbegeleiding"))

    client.force_login(editor)
    assert client.get("/admin/story_consent/").status_code in {302, 403}
    assert SECRET not in client.get(f"/admin/pages/{story.pk}/edit/").content.decode()

    client.force_login(guide)
    response = client.get(f"/admin/story_consent/edit/{story.consent.pk}/")
    assert response.status_code == 200
    assert SECRET in response.content.decode()


def test_the_review_workflow_exists_for_editors(db):
    from wagtail.models import Workflow

    workflow = Workflow.objects.get(name="Verhaal review")
    task = workflow.tasks.get().specific

    assert list(task.groups.values_list("name", flat=True)) == ["Redactie"]
