"""The small things of issue 13: cancel links point at the real site and expire, personal pages are never cached,
one address enrols once per cohort, and the retention command has a dry run and refuses 0 months."""

import io
import time
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.core import mail, signing
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from vrijwilligers import enrolment
from vrijwilligers.enrolment import CANCEL_SALT, cancel_token
from vrijwilligers.models import Enrollment, VolunteerApplication


@pytest.fixture
def enrol(client, django_capture_on_commit_callbacks):
    def post(track, cohort, name, email=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                f"{track.url}inschrijven/{cohort.pk}/",
                {"name": name, "email": email or f"{name.lower()}@example.org", "consent": "on"},
            )

    return post


def test_the_cancel_link_in_the_mail_uses_the_public_address(enrol, track, cohort, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.herstelnetwerk.example"

    enrol(track, cohort, "Anna")

    body = mail.outbox[0].body
    assert "https://www.herstelnetwerk.example/vrijwilligers/afmelden/?token=" in body
    assert "localhost" not in body and "localhost" not in mail.outbox[0].alternatives[0][0]


def test_the_personal_pages_are_never_cached(client, enrol, track, cohort):
    enrol(track, cohort, "Anna")
    anna = Enrollment.objects.get()

    enrolled = client.get(f"{track.url}ingeschreven/")
    cancel = client.get("/vrijwilligers/afmelden/", {"token": cancel_token(anna)})

    assert enrolled.status_code == cancel.status_code == 200
    assert enrolled["Cache-Control"] == cancel["Cache-Control"] == "private, no-store"


def test_one_address_enrols_once_per_cohort_while_active(client, enrol, track, cohort):
    assert enrol(track, cohort, "Anna").status_code == 302

    again = enrol(track, cohort, "Anna", email="ANNA@example.org")

    assert again.status_code == 200
    assert "Je bent met dit e-mailadres al ingeschreven voor deze groep" in again.content.decode()
    assert Enrollment.objects.count() == 1

    enrolment.cancel(Enrollment.objects.get().pk)
    assert enrol(track, cohort, "Anna").status_code == 302, "after cancelling, enrolling again is fine"
    assert Enrollment.objects.exclude(status="cancelled").count() == 1


def test_the_database_refuses_a_second_active_enrolment(cohort):
    fields = {
        "cohort": cohort,
        "name": "A",
        "status": "confirmed",
        "consent_at": timezone.now(),
        "consent_version": 1,
    }
    Enrollment.objects.create(email="anna@example.org", **fields)

    with pytest.raises(IntegrityError), transaction.atomic():
        Enrollment.objects.create(email="Anna@Example.org", **fields)
    Enrollment.objects.create(email="anna@example.org", **{**fields, "status": "cancelled"})


class SignedLongAgo(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 3 * 24 * 3600)


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_old_cancel_link_gives_a_friendly_page(client, enrol, track, cohort, settings, method):
    settings.VRIJWILLIGERS_CANCEL_LINK_DAYS = 2
    enrol(track, cohort, "Anna")
    anna = Enrollment.objects.get()
    old_token = SignedLongAgo(salt=CANCEL_SALT).sign_object(anna.pk)
    assert signing.loads(old_token, salt=CANCEL_SALT) == anna.pk, "a genuine token, only old"

    response = getattr(client, method)(f"/vrijwilligers/afmelden/?{urlencode({'token': old_token})}")

    assert response.status_code == 410
    assert "Deze link werkt niet meer" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    anna.refresh_from_db()
    assert anna.status == "pending", "not cancelled"


def test_a_cancel_link_expires_when_the_training_is_over(client, enrol, track, cohort):
    enrol(track, cohort, "Anna")
    anna = Enrollment.objects.get()
    for session in cohort.sessions.all():
        session.starts_at -= timedelta(days=120)
        session.ends_at -= timedelta(days=120)
        session.save()

    response = client.get("/vrijwilligers/afmelden/", {"token": cancel_token(anna)})

    assert response.status_code == 410 and "Deze link werkt niet meer" in response.content.decode()


@pytest.fixture
def old_sign_up(db):
    application = VolunteerApplication.objects.create(
        name="Oud",
        email="oud@example.org",
        kinds_of_work=[],
        availability="-",
        motivation="-",
        consent_at=timezone.now(),
        confirmed_at=timezone.now(),
        consent_version=1,
    )
    VolunteerApplication.objects.update(updated_at=timezone.now() - timedelta(days=800))
    return application


def test_retention_has_a_dry_run(old_sign_up):
    out = io.StringIO()

    call_command("vrijwilligers_retention", "--dry-run", stdout=out)

    assert "Would anonymise 1 sign-ups and 0 enrolments;" in out.getvalue()
    assert VolunteerApplication.objects.get().name == "Oud"


@pytest.mark.parametrize("months", [0, -3])
def test_retention_refuses_zero_or_negative_months(old_sign_up, settings, months):
    settings.VRIJWILLIGERS_RETENTION_MONTHS = months
    VolunteerApplication.objects.update(updated_at=timezone.now())

    with pytest.raises(CommandError, match="must be 1 or more"):
        call_command("vrijwilligers_retention", stdout=io.StringIO())

    assert VolunteerApplication.objects.get().name == "Oud"
