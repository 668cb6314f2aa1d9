"""The coordinators' dashboard panel (issue 17): full cohorts, waiting lists, cohorts starting soon, failed mail."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from vrijwilligers.models import Enrollment, TrainingSession

PANEL = "Trainingsgroepen: wat aandacht nodig heeft"


def enrol(cohort, name, status, mail_sent=True):
    enrollment = Enrollment.objects.create(
        cohort=cohort,
        name=name,
        email=f"{name.lower()}@example.org",
        status=status,
        consent_at=timezone.now(),
        consent_version=1,
        confirmed_at=timezone.now(),
        mail_sent_at=timezone.now() if mail_sent else None,
    )
    Enrollment.objects.filter(pk=enrollment.pk).update(created_at=timezone.now() - timedelta(hours=1))
    return enrollment


@pytest.fixture
def busy_cohort(cohort):
    enrol(cohort, "Anna", Enrollment.Status.CONFIRMED)
    enrol(cohort, "Bram", Enrollment.Status.CONFIRMED, mail_sent=False)
    enrol(cohort, "Chris", Enrollment.Status.WAITING)
    return cohort


def dashboard_of(client, django_user_model, group):
    user = django_user_model.objects.create_user("iemand", password="x")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client.get("/admin/").content.decode()


def test_a_coordinator_sees_full_cohorts_waiting_lists_and_failed_mail(
    client, django_user_model, busy_cohort
):
    page = dashboard_of(client, django_user_model, "Vrijwilligerscoördinatie")

    assert PANEL in page
    assert "2 van 2 plekken" in page
    assert "1 op de wachtlijst" in page
    failed = page.split("Inschrijvingen waarvan de e-mail niet verstuurd kon worden")[1]
    assert "Bram" in failed and "Anna" not in failed
    assert "Begint binnen 14 dagen" not in page  # it starts in 30 days


def test_a_cohort_starting_soon_is_listed(client, django_user_model, cohort):
    TrainingSession.objects.filter(cohort=cohort).update(starts_at=timezone.now() + timedelta(days=3))

    page = dashboard_of(client, django_user_model, "Vrijwilligerscoördinatie")

    assert "Begint binnen 14 dagen" in page and cohort.name in page


def test_an_editor_sees_no_coordinators_panel(client, django_user_model, busy_cohort):
    page = dashboard_of(client, django_user_model, "Redactie")

    assert PANEL not in page and "Bram" not in page
