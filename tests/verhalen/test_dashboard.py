"""The stories' dashboard panel (issue 17): stories in "Verhaal review", and consents to check again soon."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Workflow

from tests.verhalen.factories import StoryPageFactory
from verhalen.models import StoryConsent


@pytest.fixture
def waiting_story(stories, admin_user):
    story = StoryPageFactory(parent=stories, title="Weer buiten durven", live=False)
    story.save_revision(user=admin_user)
    Workflow.objects.get(name="Verhaal review").start(story, admin_user)
    return story


@pytest.fixture
def consent_due(stories):
    story = StoryPageFactory(parent=stories, title="Mijn eerste stap")
    return StoryConsent.objects.create(
        story=story,
        given_on=date(2025, 1, 1),
        how_given="email",
        review_on=timezone.localdate() + timedelta(days=10),
    )


def dashboard_of(client, django_user_model, *groups):
    user = django_user_model.objects.create_user("iemand", password="x")
    user.groups.add(*Group.objects.filter(name__in=groups))
    client.force_login(user)
    return client.get("/admin/").content.decode()


def test_an_editor_sees_stories_waiting_for_review_but_no_consents(
    client, django_user_model, waiting_story, consent_due
):
    page = dashboard_of(client, django_user_model, "Redactie")

    assert "Verhalen: wat aandacht nodig heeft" in page
    assert "Weer buiten durven" in page
    assert "Toestemming binnenkort opnieuw navragen" not in page and "Mijn eerste stap" not in page


def test_a_story_guide_also_sees_consents_to_check_again(
    client, django_user_model, waiting_story, consent_due
):
    page = dashboard_of(client, django_user_model, "Redactie", "Verhaalbegeleiding")

    assert "Toestemming binnenkort opnieuw navragen" in page
    assert "Mijn eerste stap" in page
    assert f"/{consent_due.pk}/" in page


def test_a_consent_far_ahead_or_withdrawn_is_not_listed(client, django_user_model, consent_due):
    StoryConsent.objects.filter(pk=consent_due.pk).update(
        review_on=timezone.localdate() + timedelta(days=200)
    )

    page = dashboard_of(client, django_user_model, "Redactie", "Verhaalbegeleiding")

    assert "Mijn eerste stap" not in page
