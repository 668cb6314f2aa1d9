"""Consent belongs to the story as content: a copy carries it, and no way to publish brings a withdrawn story back."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow, WorkflowPage

from tests.verhalen.factories import StoryPageFactory
from verhalen.models import ConsentWithdrawn, StoryConsent, StoryPage


@pytest.fixture
def story(stories):
    story = StoryPageFactory(parent=stories, title="Mijn weg terug", slug="mijn-weg-terug")
    StoryConsent.objects.create(story=story, given_on=date(2026, 3, 1), how_given="written")
    story.save_revision().publish()
    return StoryPage.objects.get(pk=story.pk)


def withdraw(story):
    consent = StoryConsent.objects.get(story_reference=story.consent_reference)
    consent.withdrawn_on = date(2026, 11, 1)
    consent.save()


def copy_of(story, slug, keep_live=False):
    return story.copy(update_attrs={"slug": slug, "title": f"Kopie {slug}"}, keep_live=keep_live).specific


def live(page):
    return StoryPage.objects.get(pk=page.pk).live


def test_a_copy_made_after_withdrawal_cannot_be_published(story):
    withdraw(story)
    copy = copy_of(story, "kopie")

    with pytest.raises(ConsentWithdrawn):
        copy.get_latest_revision().publish()

    assert not live(copy) and not live(story)


def test_a_live_copy_made_before_withdrawal_goes_offline_with_the_story(client, story):
    copy = copy_of(story, "kopie-live", keep_live=True)
    assert live(copy)

    withdraw(story)

    assert not live(copy) and not live(story)
    assert client.get("/verhalen/kopie-live/").status_code == 404


def test_a_copy_kept_live_cannot_be_made_of_a_withdrawn_story(story):
    withdraw(story)
    story.live = True  # as if an old, still-live object were copied

    with pytest.raises(ConsentWithdrawn):
        copy_of(story, "kopie-levend", keep_live=True)

    assert not StoryPage.objects.filter(slug="kopie-levend", live=True).exists()


def test_reverting_a_copy_to_an_older_revision_does_not_shed_the_withdrawal(story):
    copy = copy_of(story, "kopie-oud")
    old_revision = copy.get_latest_revision()
    withdraw(story)

    with pytest.raises(ConsentWithdrawn):
        old_revision.publish(previous_revision=old_revision)

    assert not live(copy)


def test_scheduled_publishing_skips_a_withdrawn_story_and_its_copies(story):
    copy = copy_of(story, "kopie-gepland")
    copy.go_live_at = timezone.now() - timedelta(minutes=5)
    copy.save_revision(approved_go_live_at=copy.go_live_at)
    withdraw(story)

    call_command("publish_scheduled")

    assert not live(copy)


@pytest.fixture
def superuser_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("beheerder", password="x"))
    return client


def test_bulk_publishing_a_withdrawn_copy_is_refused_with_a_message(superuser_client, story):
    withdraw(story)
    copy = copy_of(story, "kopie-bulk")
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))

    response = superuser_client.post(f"{url}?id={copy.pk}&id={story.pk}", follow=True)

    assert response.status_code == 200
    assert "De toestemming voor dit verhaal is ingetrokken" in response.content.decode()
    assert not live(copy) and not live(story)


def test_copying_a_withdrawn_story_in_the_admin_is_refused_with_a_message(superuser_client, story):
    withdraw(story)

    response = superuser_client.get(reverse("wagtailadmin_pages:copy", args=(story.pk,)), follow=True)

    assert "De toestemming voor dit verhaal is ingetrokken" in response.content.decode()


def test_approving_a_withdrawn_story_in_review_explains_instead_of_failing(
    client, stories, django_user_model
):
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name="Redactie"))
    WorkflowPage.objects.create(workflow=Workflow.objects.get(name="Verhaal review"), page=stories)
    story = StoryPageFactory(parent=stories, title="In review", slug="in-review", live=False)
    StoryConsent.objects.create(story=story, given_on=date(2026, 3, 1), how_given="email")
    story.save_revision(user=editor)
    story.get_workflow().start(story, editor)
    task_state = story.current_workflow_state.current_task_state
    withdraw(story)

    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(story.pk, "approve", task_state.pk)), follow=True
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert "wacht momenteel niet op goedkeuring" in body
    assert "De toestemming voor dit verhaal is ingetrokken" in body
    assert not live(story)


def test_deleting_a_story_keeps_its_consent_record(story):
    reference = story.consent_reference
    consent = story.consent

    story.delete()
    consent.refresh_from_db()

    assert consent.story is None
    assert consent.story_title == "Mijn weg terug"
    assert consent.story_reference == reference
    assert str(consent) == "Mijn weg terug"
