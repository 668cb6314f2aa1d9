"""Deleting content never deletes personal data (issue 13, item 2).

A Redactie editor deleted a training track page, and with it its cohorts and every enrolment (a cascade). Now the
admin refuses, in Dutch, and says who can close the track; deleting a cohort with enrolments is refused too.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models import ProtectedError
from django.utils import timezone
from wagtail.models import Page

from vrijwilligers import enrolment
from vrijwilligers.models import Enrollment, TrainingCohort, TrainingTrackPage

CONFIRM = {"confirm_site_name": settings.WAGTAIL_SITE_NAME}


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("redacteur", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(user)
    return user


@pytest.fixture
def enrolled(cohort):
    return [
        enrolment.enrol(cohort.pk, name=name, email=f"{name}@example.org", phone="", consent_version=1)
        for name in ("Anna", "Bert", "Cees")
    ]


def test_an_editor_cannot_delete_a_track_with_enrolments(client, editor, track, enrolled):
    assert_refused(client, track)


def test_nobody_deletes_the_volunteering_page_above_enrolments(admin_client, volunteering, track, enrolled):
    assert_refused(admin_client, volunteering)


def assert_refused(client, page):
    response = client.post(f"/admin/pages/{page.pk}/delete/", CONFIRM, follow=True)

    assert response.status_code == 200
    html = response.content.decode()
    assert "kan niet worden verwijderd" in html
    assert "Vrijwilligerscoördinatie" in html
    assert Page.objects.filter(pk=page.pk).exists()
    assert Enrollment.objects.count() == 3 and TrainingCohort.objects.count() == 1
    assert client.get(f"/admin/pages/{page.pk}/delete/").status_code == 302


def test_bulk_delete_of_a_page_above_enrolments_is_refused_too(
    admin_client, home_page, volunteering, enrolled
):
    response = admin_client.post(
        f"/admin/bulk/wagtailcore/page/delete/?next=/admin/pages/{home_page.pk}/&id={volunteering.pk}",
        CONFIRM,
        follow=True,
    )

    assert response.status_code == 200
    assert "kan niet worden verwijderd" in response.content.decode()
    assert Page.objects.filter(pk=volunteering.pk).exists() and Enrollment.objects.count() == 3


def test_a_track_without_cohorts_can_be_deleted(client, editor, volunteering):
    empty = TrainingTrackPage(title="Nog leeg", slug="nog-leeg")
    volunteering.add_child(instance=empty)

    response = client.post(f"/admin/pages/{empty.pk}/delete/", CONFIRM)

    assert response.status_code == 302
    assert not TrainingTrackPage.objects.filter(pk=empty.pk).exists()


def test_the_database_protects_enrolments_and_cohorts(track, cohort, enrolled):
    with pytest.raises(ProtectedError):
        cohort.delete()
    with pytest.raises(ProtectedError):
        Page.objects.get(pk=track.pk).delete()
    assert Enrollment.objects.count() == 3


def test_a_coordinator_deleting_a_cohort_with_enrolments_is_told_why_not(
    client, cohort, enrolled, django_user_model
):
    coordinator = django_user_model.objects.create_user("coordinator", password="x")
    coordinator.groups.add(Group.objects.get(name="Vrijwilligerscoördinatie"))
    client.force_login(coordinator)

    response = client.post(f"/admin/vrijwilligers/trainingcohort/delete/{cohort.pk}/")

    assert response.status_code == 200
    assert TrainingCohort.objects.filter(pk=cohort.pk).exists() and Enrollment.objects.count() == 3
    assert timezone.now()
