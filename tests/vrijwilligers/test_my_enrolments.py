""" "Mijn inschrijvingen": a signed link by e-mail, the same answer for any address, a private page to act on."""

from urllib.parse import urlencode

import pytest
from django.core import mail, signing
from icalendar import Calendar

from vrijwilligers import enrolment
from vrijwilligers.overview import SALT, overview_token

from .conftest import link_in


@pytest.fixture
def anna(cohort, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = enrolment.enrol(
            cohort.pk, name="Anna", email="Anna@Example.org", phone="", consent_version=1
        )
        enrolment.confirm(enrollment.pk)
    mail.outbox.clear()
    enrollment.refresh_from_db()
    return enrollment


def page_url(enrollment):
    return f"/vrijwilligers/mijn-inschrijvingen/overzicht/?{urlencode({'token': overview_token(enrollment.email)})}"


def ask_for_link(client, email, capture):
    with capture(execute=True):
        return client.post("/vrijwilligers/mijn-inschrijvingen/", {"email": email})


def test_the_same_answer_whether_the_address_is_known_or_not(
    client, anna, django_capture_on_commit_callbacks
):
    known = ask_for_link(client, "anna@example.org", django_capture_on_commit_callbacks)
    unknown = ask_for_link(client, "niemand@example.org", django_capture_on_commit_callbacks)

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [message.to for message in mail.outbox] == [["Anna@Example.org"]], "only a known address gets mail"
    assert "Kennen we dit adres" in client.get(known["Location"]).content.decode()


def test_the_link_opens_a_private_page_with_the_enrolment_and_its_sessions(
    client, anna, django_capture_on_commit_callbacks
):
    ask_for_link(client, "ANNA@example.org", django_capture_on_commit_callbacks)
    response = client.get(link_in(mail.outbox[0], "overzicht/"))

    html = response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    assert "WRAP: Voorjaar" in html and "Ingeschreven" in html
    assert html.count("Zet in je agenda") == 3


def test_cancel_from_the_page(client, anna):
    response = client.post(page_url(anna), {"enrollment": anna.pk, "action": "cancel"})

    assert response.status_code == 302
    anna.refresh_from_db()
    assert anna.status == "cancelled"
    assert "Zet in je agenda" not in client.get(page_url(anna)).content.decode()


def test_someone_elses_enrolment_cannot_be_cancelled_from_my_page(client, anna, cohort):
    other = enrolment.enrol(cohort.pk, name="Bert", email="bert@example.org", phone="", consent_version=1)

    assert client.post(page_url(anna), {"enrollment": other.pk, "action": "cancel"}).status_code == 404
    other.refresh_from_db()
    assert other.status == "pending"


def test_a_session_as_ics_for_the_calendar(client, anna, cohort):
    session = cohort.sessions.order_by("starts_at")[1]
    calendar_url = "/vrijwilligers/mijn-inschrijvingen/agenda/"

    response = client.get(calendar_url, {"token": overview_token(anna.email), "session": session.pk})

    assert response["Content-Type"].startswith("text/calendar")
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert event.decoded("dtstart") == session.starts_at
    assert client.get(calendar_url, {"token": "x", "session": session.pk}).status_code == 404


def test_the_briefing_is_read_and_ticked_on_the_page(client, anna, track):
    track.briefing = "<p>Neem je herstelplan mee.</p>"
    track.save()

    html = client.get(page_url(anna)).content.decode()
    assert "Neem je herstelplan mee." in html and "Gelezen" in html

    client.post(page_url(anna), {"enrollment": anna.pk, "action": "read"})

    anna.refresh_from_db()
    assert anna.briefing_read_at is not None
    assert "Je hebt dit gelezen op" in client.get(page_url(anna)).content.decode()


def test_an_old_or_forged_link_says_so(client, anna, settings):
    settings.VRIJWILLIGERS_OVERVIEW_LINK_HOURS = 0
    old = signing.dumps("anna@example.org", salt=SALT)

    for token in (old, "vervalst"):
        response = client.get("/vrijwilligers/mijn-inschrijvingen/overzicht/", {"token": token})
        assert response.status_code == 410 and "Deze link werkt niet meer" in response.content.decode()


def test_asking_for_the_link_is_rate_limited(client, anna, django_capture_on_commit_callbacks):
    for _number in range(5):
        ask_for_link(client, "anna@example.org", django_capture_on_commit_callbacks)

    response = ask_for_link(client, "anna@example.org", django_capture_on_commit_callbacks)

    assert response.status_code == 200 and "Je hebt dit formulier vaak verstuurd" in response.content.decode()
    assert len(mail.outbox) == 5
