"""Coordinators: attendance per session, completion by the rule or with a reason, certificate, message, export."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from vrijwilligers import enrolment
from vrijwilligers.models import Attendance, CohortMessage, Completion

from .conftest import link_in


@pytest.fixture
def coordinator(client, django_user_model):
    user = django_user_model.objects.create_user(
        "coordinator", password="x", first_name="Carla", last_name="Kok"
    )
    user.groups.add(Group.objects.get(name="Vrijwilligerscoördinatie"))
    client.force_login(user)
    return user


@pytest.fixture
def people(cohort):
    cohort.capacity = 3
    cohort.save()
    enrolled = {}
    for name in ("Anna", "Bert", "=Cees"):
        enrollment = enrolment.enrol(
            cohort.pk, name=name, email=f"{name[-4:].lower()}@example.org", phone="", consent_version=1
        )
        enrolment.confirm(enrollment.pk)
        enrolled[name] = enrollment
    mail.outbox.clear()
    return enrolled


def mark(client, cohort, session, marks):
    return client.post(
        f"/admin/vrijwilligers/groep/{cohort.pk}/aanwezigheid/{session.pk}/",
        {f"person-{people.pk}": status for people, status in marks.items()},
    )


def test_attendance_per_session_and_completion_by_the_rule(client, coordinator, cohort, people, track):
    track.required_sessions = 2
    track.save()
    first, second, _third = cohort.sessions.order_by("starts_at")
    anna, bert = people["Anna"], people["Bert"]

    page = client.get(f"/admin/vrijwilligers/groep/{cohort.pk}/aanwezigheid/{first.pk}/").content.decode()
    assert "Aanwezig" in page and "Afwezig" in page and "Afgemeld" in page and "Anna" in page

    assert mark(client, cohort, first, {anna: "present", bert: "excused"}).status_code == 302
    assert not Completion.objects.exists()
    mark(client, cohort, second, {anna: "present", bert: "present"})

    completion = Completion.objects.get()
    assert completion.enrollment == anna and completion.completed_on == second.starts_at.date()
    mark(client, cohort, second, {anna: "absent"})  # a corrected mark withdraws a completion by the rule
    assert not Completion.objects.exists()
    assert Attendance.objects.get(enrollment=anna, session=second).status == "absent"


def test_a_completion_by_exception_needs_a_reason(client, coordinator, cohort, people):
    url = f"/admin/vrijwilligers/inschrijving/{people['Bert'].pk}/afronding/"

    client.post(url, {"completed": "on", "reason": ""})
    assert not Completion.objects.exists()
    client.post(url, {"completed": "on", "reason": "Inhaalgesprek gehad."})

    assert Completion.objects.get().override_reason == "Inhaalgesprek gehad."
    assert (
        "Inhaalgesprek gehad."
        in client.get(f"/admin/vrijwilligers/groep/{cohort.pk}/afronding/").content.decode()
    )


def test_certificate_pdf_for_coordinators_and_by_mail(
    client, coordinator, cohort, people, django_capture_on_commit_callbacks
):
    for session in cohort.sessions.all():
        mark(client, cohort, session, {people["Anna"]: "present"})
    url = f"/admin/vrijwilligers/inschrijving/{people['Anna'].pk}/bewijs/"

    response = client.get(url)
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    assert b"Bewijs van deelname" in response.content and b"Anna" in response.content
    assert b"Carla Kok" in response.content and b"6,0 uur" in response.content

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    (message,) = mail.outbox
    assert message.to == ["anna@example.org"] and message.attachments[0][2] == "application/pdf"
    assert Completion.objects.get().certificate_sent_at is not None
    assert client.get(f"/admin/vrijwilligers/inschrijving/{people['Bert'].pk}/bewijs/").status_code == 404


def test_a_message_to_the_cohort_is_logged_and_each_mail_has_its_own_cancel_link(
    client, coordinator, cohort, people, django_capture_on_commit_callbacks
):
    waiting = enrolment.enrol(cohort.pk, name="Dirk", email="dirk@example.org", phone="", consent_version=1)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/vrijwilligers/groep/{cohort.pk}/bericht/",
            {"audience": "confirmed", "subject": "Andere zaal", "body": "We zitten in zaal 2."},
        )

    assert sorted(message.to[0] for message in mail.outbox) == [
        "anna@example.org",
        "bert@example.org",
        "cees@example.org",
    ]
    links = {link_in(message, "afmelden/") for message in mail.outbox}
    assert len(links) == 3 and all("We zitten in zaal 2." in m.body for m in mail.outbox)
    logged = CohortMessage.objects.get()
    assert (logged.sent_by, logged.recipients, logged.subject) == (coordinator, 3, "Andere zaal")
    assert waiting.email not in [m.to[0] for m in mail.outbox]


def test_export_of_attendance_and_completions_is_formula_safe(client, coordinator, cohort, people):
    first = cohort.sessions.order_by("starts_at").first()
    mark(client, cohort, first, {people["=Cees"]: "present", people["Anna"]: "excused"})

    response = client.get(f"/admin/vrijwilligers/groep/{cohort.pk}/export/")

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["Naam", "E-mail", f"{first.starts_at:%d-%m-%Y}"]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["'=Cees"][2] == "Aanwezig" and by_name["Anna"][2] == "Afgemeld"
    assert by_name["'=Cees"][-3] == "2.0"


def test_editors_never_see_the_coordinators_screens(client, django_user_model, cohort, people):
    editor = django_user_model.objects.create_user("redacteur", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(editor)

    for url in (
        f"/admin/vrijwilligers/groep/{cohort.pk}/aanwezigheid/",
        f"/admin/vrijwilligers/groep/{cohort.pk}/afronding/",
        f"/admin/vrijwilligers/groep/{cohort.pk}/bericht/",
        f"/admin/vrijwilligers/groep/{cohort.pk}/export/",
        f"/admin/vrijwilligers/inschrijving/{people['Anna'].pk}/bewijs/",
    ):
        assert client.get(url).status_code in (302, 403), url
