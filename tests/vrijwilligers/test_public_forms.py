"""Signing up and enrolling: validation that keeps what was typed, honeypot, rate limit, waiting list, cancelling."""

import re
from urllib.parse import urlencode

import pytest
from django.core import mail
from icalendar import Calendar

from vrijwilligers.enrolment import cancel_token
from vrijwilligers.models import Enrollment, VolunteerApplication

from .conftest import link_in


@pytest.fixture
def municipality(subregion):
    return subregion.municipalities.get(slug="schagen")


def sign_up_data(municipality, **changes):
    data = {
        "name": "Sanne de Vries",
        "email": "sanne@example.org",
        "municipality": municipality.pk,
        "kinds_of_work": ["maatje", "inloop"],
        "availability": "Dinsdagochtend",
        "motivation": "Ik wil iets terugdoen.",
        "consent": "on",
    }
    return {**data, **changes}


def test_a_sign_up_is_saved_with_its_consent_version_and_counts_once_confirmed(
    client, volunteering, municipality, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/vrijwilligers/", sign_up_data(municipality))

    assert response.status_code == 302 and response["Location"] == "/vrijwilligers/bedankt/"
    application = VolunteerApplication.objects.get()
    assert application.kinds_of_work == ["maatje", "inloop"]
    assert application.consent_version == 1 and application.status == "nieuw"
    assert application.confirmed_at is None
    assert "Bedankt voor je aanmelding" in client.get(response["Location"]).content.decode()

    link = link_in(mail.outbox[0], "aanmelding-bevestigen/")
    client.get(link)
    application.refresh_from_db()
    assert application.confirmed_at is None, "opening the link changes nothing"
    assert "je aanmelding is bevestigd" in client.post(link).content.decode()
    application.refresh_from_db()
    assert application.confirmed_at is not None
    assert "werkt niet meer" in client.post(link + "x").content.decode()


def test_a_validation_error_keeps_what_was_typed(client, volunteering, municipality):
    response = client.post("/vrijwilligers/", sign_up_data(municipality, email="geen-adres", consent=""))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Er is nog iets niet goed ingevuld" in html
    assert 'value="Sanne de Vries"' in html and "Ik wil iets terugdoen." in html
    assert 'value="maatje" checked' in html.replace('" id="id_kinds_of_work_0" checked', '" checked')
    assert not VolunteerApplication.objects.exists()


def test_the_honeypot_turns_bots_away(client, volunteering, municipality):
    response = client.post("/vrijwilligers/", sign_up_data(municipality, website="http://spam.example"))

    assert response.status_code == 200
    assert not VolunteerApplication.objects.exists()


def test_too_many_submissions_from_one_address_are_refused(client, volunteering, municipality):
    for number in range(5):
        client.post("/vrijwilligers/", sign_up_data(municipality, email=f"p{number}@example.org"))

    response = client.post("/vrijwilligers/", sign_up_data(municipality, email="laatste@example.org"))

    assert "Je hebt dit formulier vaak verstuurd" in response.content.decode()
    assert VolunteerApplication.objects.count() == 5


def test_posting_without_csrf_is_refused(volunteering, municipality):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/vrijwilligers/", sign_up_data(municipality))

    assert response.status_code == 403


@pytest.fixture
def enrol(client, django_capture_on_commit_callbacks):
    """Enrol by the public form, running what waits for the commit (the e-mail task) as a real request would."""

    def post(track, cohort, name):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                f"{track.url}inschrijven/{cohort.pk}/",
                {"name": name, "email": f"{name.lower()}@example.org", "consent": "on"},
            )

    return post


def test_enrolment_holds_a_place_until_the_link_confirms_it_then_mails_an_ics(
    client, enrol, track, cohort, django_capture_on_commit_callbacks
):
    for name in ("Anna", "Bert", "Cees"):
        assert enrol(track, cohort, name).status_code == 302

    statuses = list(Enrollment.objects.values_list("name", "status"))
    assert statuses == [("Anna", "pending"), ("Bert", "pending"), ("Cees", "waiting")]
    html = client.get(f"{track.url}ingeschreven/").content.decode()
    assert "je staat op plek 1 van de wachtlijst" in html.lower()

    assert len(mail.outbox) == 3
    first = mail.outbox[0]
    assert first.subject == "Bevestig je inschrijving voor WRAP"
    assert first.alternatives[0][1] == "text/html"
    assert not first.attachments, "no calendar before the address is confirmed"
    assert re.search(r"/vrijwilligers/afmelden/\?token=\S+", first.body)
    link = link_in(first, "bevestigen/")

    assert "Ja, ik bevestig" in client.get(link).content.decode()
    assert Enrollment.objects.get(name="Anna").status == "pending", "opening the link changes nothing"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(link).status_code == 302

    anna = Enrollment.objects.get(name="Anna")
    assert anna.status == "confirmed" and anna.confirmed_at and anna.respond_before is None
    assert "Je hebt een plek" in client.get(link).content.decode()
    assert mail.outbox[0].subject == "Je bent ingeschreven voor WRAP"
    (name, content, mimetype) = mail.outbox[0].attachments[0]
    assert mimetype == "text/calendar" and len(Calendar.from_ical(content).walk("VEVENT")) == 3


def test_cancelling_by_the_signed_link_offers_the_place_to_the_first_waiting(
    client, enrol, track, cohort, django_capture_on_commit_callbacks
):
    for name in ("Anna", "Bert", "Cees", "Dirk"):
        enrol(track, cohort, name)
    for message in list(mail.outbox):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(link_in(message, "bevestigen/"))
    anna = Enrollment.objects.get(name="Anna")
    link = f"/vrijwilligers/afmelden/?{urlencode({'token': cancel_token(anna)})}"
    mail.outbox.clear()

    assert "Ja, meld mij af" in client.get(link).content.decode()
    anna.refresh_from_db()
    assert anna.status == "confirmed"  # opening the link changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)

    assert response.status_code == 302
    assert dict(Enrollment.objects.values_list("name", "status")) == {
        "Anna": "cancelled",
        "Bert": "confirmed",
        "Cees": "offered",
        "Dirk": "waiting",
    }
    assert [message.to for message in mail.outbox] == [["cees@example.org"]]
    assert "Er is een plek vrij" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link_in(mail.outbox[0], "bevestigen/"))
    assert Enrollment.objects.get(name="Cees").status == "confirmed", "Cees takes the place by the link"
    assert client.get("/vrijwilligers/afmelden/", {"token": "vervalst"}).status_code == 404


def test_a_closed_or_unknown_cohort_is_not_found(client, track, cohort):
    assert client.get(f"{track.url}inschrijven/999999/").status_code == 404


def test_track_page_shows_places_left(client, enrol, track, cohort):
    enrol(track, cohort, "Anna")

    assert "nog 1 plek vrij" in client.get(track.url).content.decode()


def test_a_failing_mail_server_loses_no_enrolment(enrol, track, cohort, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = (
        "127.0.0.1",
        9,
        2,
    )  # nothing listens there

    response = enrol(track, cohort, "Anna")

    assert response.status_code == 302
    enrollment = Enrollment.objects.get()
    assert enrollment.name == "Anna"
    assert enrollment.mail_sent_at is None, "coordinators see that this person got no e-mail"


def test_a_sent_mail_is_recorded_on_the_enrolment(enrol, track, cohort):
    enrol(track, cohort, "Anna")

    assert len(mail.outbox) == 1
    assert Enrollment.objects.get().mail_sent_at is not None
