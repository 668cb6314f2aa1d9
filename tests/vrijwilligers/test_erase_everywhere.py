"""An AVG/GDPR erase leaves the person's name nowhere (issue 13, item 6), nor does anonymising after the retention
period: not in the admin's history (Wagtail's log entries, /admin/reports/site-history/), not in any table."""

import io
import json

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import models
from django.utils import timezone

from vrijwilligers import enrolment
from vrijwilligers.models import (
    Attendance,
    CohortMessage,
    Completion,
    Enrollment,
    SentReminder,
    VolunteerApplication,
)

NAME = "Zwaantje Piekema"
EMAIL = "zwaantje@example.org"


def rows_mentioning(text):
    """Every column of every table that holds ``text``: after an erase the name must be gone from all of them."""
    found = []
    for model in apps.get_models():
        rows = model._base_manager
        for field in model._meta.concrete_fields:
            if isinstance(field, (models.CharField, models.TextField)):
                holds = rows.filter(**{f"{field.name}__icontains": text}).exists()
            elif isinstance(field, models.JSONField):
                values = rows.values_list(field.name, flat=True)
                holds = any(text.lower() in json.dumps(value).lower() for value in values)
            else:
                continue
            if holds:
                found.append(f"{model._meta.label}.{field.name}")
    return found


@pytest.fixture
def coordinator(client, django_user_model):
    user = django_user_model.objects.create_user("coordinator", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Vrijwilligerscoördinatie"))
    client.force_login(user)
    return user


@pytest.fixture
def history(client, coordinator, cohort, subregion):
    """A sign-up and an enrolment that coordinators worked on in the admin, so the history names the person."""
    application = VolunteerApplication.objects.create(
        name=NAME,
        email=EMAIL,
        municipality=subregion.municipalities.first(),
        kinds_of_work=["maatje"],
        availability="Dinsdag",
        motivation="Iets terugdoen.",
        consent_at=timezone.now(),
        confirmed_at=timezone.now(),
        consent_version=1,
    )
    client.post(
        f"/admin/vrijwilligers/volunteerapplication/edit/{application.pk}/",
        {"status": "contact", "status_note": f"{NAME} gebeld.", "coordinator_notes": ""},
    )
    enrollment = enrolment.enrol(cohort.pk, name=NAME, email=EMAIL, phone="06-12345678", consent_version=1)
    client.post(
        f"/admin/vrijwilligers/enrollment/edit/{enrollment.pk}/", {"cohort": cohort.pk, "status": "waiting"}
    )
    follow_through(client, cohort, enrollment)
    assert rows_mentioning(NAME), "the test must first see the name in the history"
    assert NAME in client.get("/admin/reports/site-history/").content.decode()
    return application, enrollment


def follow_through(client, cohort, enrollment):
    """Attendance, a completion with a reason naming the person, a reminder, and a message to the cohort."""
    Enrollment.objects.filter(pk=enrollment.pk).update(status="confirmed")
    session = cohort.sessions.first()
    client.post(
        f"/admin/vrijwilligers/groep/{cohort.pk}/aanwezigheid/{session.pk}/",
        {f"person-{enrollment.pk}": "present"},
    )
    client.post(
        f"/admin/vrijwilligers/inschrijving/{enrollment.pk}/afronding/",
        {"completed": "on", "reason": f"{NAME} deed een inhaalgesprek."},
    )
    SentReminder.objects.create(enrollment=enrollment, session=session, kind="1d")
    client.post(
        f"/admin/vrijwilligers/groep/{cohort.pk}/bericht/",
        {"audience": "confirmed", "subject": "Zaal 2", "body": "We zitten in zaal 2."},
    )
    assert Attendance.objects.exists() and Completion.objects.exists() and CohortMessage.objects.exists()


def test_erase_leaves_the_name_nowhere(client, history, admin_user):
    call_command("vrijwilligers_person", EMAIL, "--erase", stdout=io.StringIO())

    assert not Attendance.objects.exists() and not Completion.objects.exists()
    assert not SentReminder.objects.exists()

    assert rows_mentioning(NAME) == [] and rows_mentioning(EMAIL) == []
    client.force_login(admin_user)
    assert NAME not in client.get("/admin/reports/site-history/").content.decode()


def test_retention_leaves_the_name_nowhere(history):
    VolunteerApplication.objects.update(updated_at=timezone.now() - timezone.timedelta(days=800))
    Enrollment.objects.update(updated_at=timezone.now() - timezone.timedelta(days=800))
    CohortMessage.objects.update(sent_at=timezone.now() - timezone.timedelta(days=800))

    out = io.StringIO()
    call_command("vrijwilligers_retention", stdout=out)

    assert "1 messages to cohorts" in out.getvalue() and not CohortMessage.objects.exists()
    assert Completion.objects.get().override_reason == ""

    assert rows_mentioning(NAME) == [] and rows_mentioning(EMAIL) == []
