"""Coordinators' screens (wagtail-modeladmin), who may see them, and the AVG/GDPR tools."""

import io
import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from vrijwilligers import enrolment
from vrijwilligers.models import Enrollment, StatusChange, VolunteerApplication


@pytest.fixture
def application(subregion):
    return VolunteerApplication.objects.create(
        name="Sanne de Vries",
        email="sanne@example.org",
        municipality=subregion.municipalities.get(slug="schagen"),
        kinds_of_work=["maatje"],
        availability="Dinsdag",
        motivation="Iets terugdoen.",
        consent_at=timezone.now(),
        confirmed_at=timezone.now(),
        consent_version=1,
    )


@pytest.fixture
def coordinator(client, django_user_model):
    user = django_user_model.objects.create_user("coordinator", password="x", first_name="Co")
    user.groups.add(Group.objects.get(name="Vrijwilligerscoördinatie"))
    client.force_login(user)
    return user


ADMIN_URLS = [
    "/admin/vrijwilligers/volunteerapplication/",
    "/admin/vrijwilligers/trainingcohort/",
    "/admin/vrijwilligers/enrollment/",
]


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_coordinators_see_the_lists_and_editors_do_not(
    client, coordinator, application, cohort, url, django_user_model
):
    assert client.get(url).status_code == 200

    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 302 and "Sanne" not in response.content.decode()


def test_list_filters_search_and_inspect(client, coordinator, application):
    assert (
        "Sanne de Vries"
        in client.get(ADMIN_URLS[0], {"status__exact": "nieuw", "q": "sanne"}).content.decode()
    )
    assert "Sanne de Vries" not in client.get(ADMIN_URLS[0], {"status__exact": "actief"}).content.decode()
    inspect = client.get(f"{ADMIN_URLS[0]}inspect/{application.pk}/").content.decode()
    assert "Iets terugdoen." in inspect and "Statusgeschiedenis" in inspect


def test_coordinators_find_the_enrolments_whose_mail_failed(client, coordinator, cohort):
    for name, sent_at in (("Zonder mail", None), ("Met mail", timezone.now())):
        Enrollment.objects.create(
            cohort=cohort,
            name=name,
            email=f"{name.split()[0].lower()}@example.org",
            status="confirmed",
            consent_at=timezone.now(),
            consent_version=1,
            mail_sent_at=sent_at,
        )

    html = client.get(ADMIN_URLS[2], {"mail_sent_at__isnull": "True"}).content.decode()

    assert "Zonder mail" in html and "Met mail" not in html
    assert "E-mail verstuurd" in html


def test_a_status_change_is_recorded_with_who_and_why(client, coordinator, application):
    response = client.post(
        f"{ADMIN_URLS[0]}edit/{application.pk}/",
        {"status": "contact", "status_note": "Gebeld, afspraak gemaakt.", "coordinator_notes": ""},
    )

    assert response.status_code == 302
    change = StatusChange.objects.get()
    assert (change.from_status, change.to_status, change.note, change.changed_by) == (
        "nieuw",
        "contact",
        "Gebeld, afspraak gemaakt.",
        coordinator,
    )


def test_cohort_inspect_lists_enrolments_and_waiting_list_and_exports(client, coordinator, cohort):
    for name in ("Anna", "Bert", "Cees"):
        enrolled = enrolment.enrol(
            cohort.pk, name=name, email=f"{name}@example.org", phone="", consent_version=1
        )
        enrolment.confirm(enrolled.pk)

    html = client.get(f"{ADMIN_URLS[1]}inspect/{cohort.pk}/").content.decode()
    export = client.get(ADMIN_URLS[2], {"cohort__id__exact": cohort.pk, "export": "csv"})

    assert "Ingeschreven (2)" in html and "Op de wachtlijst (1)" in html
    assert b"Cees@example.org" in b"".join(export.streaming_content)


def test_cohort_inspect_groups_each_status_once_after_a_promotion(client, coordinator, cohort):
    people = {
        name: enrolment.enrol(cohort.pk, name=name, email=f"{name}@example.org", phone="", consent_version=1)
        for name in ("Anna", "Bert", "Cees", "Dirk")
    }
    for person in people.values():
        enrolment.confirm(person.pk)
    enrolment.cancel(people["Bert"].pk)  # Cees, enrolled after Bert, is offered his place …
    enrolment.confirm(people["Cees"].pk)  # … and takes it

    html = client.get(f"{ADMIN_URLS[1]}inspect/{cohort.pk}/").content.decode()

    assert html.count("Ingeschreven (") == 1 and "Ingeschreven (2)" in html
    assert "Op de wachtlijst (1)" in html


def test_retention_anonymises_what_is_older_than_two_years(application, cohort):
    enrolment.enrol(cohort.pk, name="Oud", email="oud@example.org", phone="06", consent_version=1)
    old = timezone.now() - timedelta(days=800)
    VolunteerApplication.objects.update(updated_at=old)
    Enrollment.objects.update(updated_at=old)
    enrolment.enrol(cohort.pk, name="Nieuw", email="nieuw@example.org", phone="", consent_version=1)

    out = io.StringIO()
    call_command("vrijwilligers_retention", stdout=out)

    assert "Anonymised 1 sign-ups and 1 enrolments;" in out.getvalue()
    assert VolunteerApplication.objects.get().email == ""
    assert set(Enrollment.objects.values_list("name", flat=True)) == {"geanonimiseerd", "Nieuw"}


def test_export_and_erase_one_person(application, cohort):
    enrolment.enrol(cohort.pk, name="Sanne", email="sanne@example.org", phone="", consent_version=1)
    out = io.StringIO()

    call_command("vrijwilligers_person", "SANNE@example.org", "--export", stdout=out)
    exported = json.loads(out.getvalue())
    call_command("vrijwilligers_person", "sanne@example.org", "--erase", stdout=io.StringIO())

    assert exported["sign_ups"][0]["motivation"] == "Iets terugdoen." and len(exported["enrolments"]) == 1
    assert not VolunteerApplication.objects.exists() and not Enrollment.objects.exists()


def test_volunteer_data_is_not_in_the_api_or_the_search_index(client, application, volunteering):
    from wagtail.search.models import IndexEntry

    assert "sanne" not in client.get("/api/v3/pages/", {"fields": "*"}).content.decode().lower()
    assert not IndexEntry.objects.filter(title__icontains="Sanne").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_enrolments_never_overbook(cohort):
    """40 threads, each with its own connection, race for 10 places (PostgreSQL locks the cohort's row)."""
    from concurrent.futures import ThreadPoolExecutor

    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith(
        ("file:memorydb", ":memory:")
    ):
        pytest.skip("in-memory SQLite is one connection; the gunicorn load gate races on an SQLite file")
    cohort.capacity = 10
    cohort.save()

    def one(number):
        try:
            return enrolment.enrol(
                cohort.pk, name=f"P{number}", email=f"p{number}@example.org", phone="", consent_version=1
            ).status
        finally:
            connection.close()

    with ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(one, range(40)))

    assert statuses.count("pending") == 10, "a place is kept for each of the first ten while they confirm"
    assert Enrollment.objects.filter(status="pending").count() == 10
    waiting = Enrollment.objects.filter(status="waiting")
    assert sorted(enrollment.waiting_position for enrollment in waiting) == list(range(1, 31))


@pytest.mark.parametrize("kind", ["login", "password"])
def test_a_restricted_training_is_not_listed_on_the_volunteering_page(client, volunteering, track, kind):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=track, restriction_type=kind, password="geheim-wachtwoord")

    assert "WRAP" not in client.get(volunteering.url).content.decode()
