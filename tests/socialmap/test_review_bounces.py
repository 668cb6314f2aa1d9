"""A review mail that does not arrive: recorded (when, why), shown in the report, and not sent again to that address.

The worker is the real one (django-tasks' database backend and ``db_worker``); the mail goes through Django's SMTP
backend to a small SMTP server in the test (the boundary) that refuses some recipients, or to a closed port.
"""

import io
import socket

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from herstelnetwerk.socialmap.models import Organisation, ReviewRequest
from tests.socialmap.factories import OrganisationFactory
from tests.support.smtp_sink import SmtpSink

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
STALE_URL = "/admin/sociale-kaart/te-controleren/"


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_TIMEOUT = 2


@pytest.fixture
def mail_server(settings):
    with SmtpSink(refused={"weg@kapot.example"}) as server:
        settings.EMAIL_HOST, settings.EMAIL_PORT = server.server_address
        yield server


def send_review_requests():
    out = io.StringIO()
    call_command("socialmap_send_review_requests", stdout=out)
    return int(out.getvalue().split()[0])


def run_worker():
    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=io.StringIO(), verbosity=0
    )


def due(**fields):
    organisation = OrganisationFactory(**fields)
    Organisation.objects.filter(pk=organisation.pk).update(
        last_reviewed=timezone.localdate() - relativedelta(months=13)
    )
    return Organisation.objects.get(pk=organisation.pk)


def test_a_refused_address_is_recorded_shown_and_not_asked_again_until_it_changes(
    client, django_user_model, social_map, mail_server
):
    organisation = due(name="Inloophuis", email="weg@kapot.example")
    due(name="Buurtkamer", email="info@buurtkamer.example")

    assert send_review_requests() == 2
    run_worker()

    refused = ReviewRequest.objects.get(organisation=organisation)
    assert refused.sent_at is None and refused.failed_at is not None
    assert refused.address == "weg@kapot.example" and "550 5.1.1" in refused.failure
    assert len(mail_server.messages) == 1  # the other one arrived
    assert send_review_requests() == 0  # no automatic resend to an address that bounced

    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(editor)
    html = client.get(STALE_URL, {"filter": "bounced"}).content.decode()
    assert "Inloophuis" in html and "Buurtkamer" not in html and "550 5.1.1" in html
    assert "Mail kwam niet aan" in html
    by_bounce = client.get(STALE_URL, {"sort": "bounced"}).content.decode()
    assert by_bounce.index("Inloophuis") < by_bounce.index("Buurtkamer")

    Organisation.objects.filter(pk=organisation.pk).update(email="nieuw@inloophuis.example")
    assert "Inloophuis" not in client.get(STALE_URL, {"filter": "bounced"}).content.decode()
    assert send_review_requests() == 1  # a new address: asked again
    run_worker()
    request = ReviewRequest.objects.get(organisation=organisation)
    assert (
        request.sent_at is not None
        and request.failed_at is None
        and request.address == "nieuw@inloophuis.example"
    )
    assert len(mail_server.messages) == 2 and "nieuw@inloophuis.example" in mail_server.messages[-1]


def test_the_workers_failed_attempt_is_recorded(settings, social_map):
    with socket.socket() as closed:  # a port nobody listens on: the connection is refused
        closed.bind(("127.0.0.1", 0))
        settings.EMAIL_HOST, settings.EMAIL_PORT = closed.getsockname()
    organisation = due(name="Inloophuis", email="info@inloophuis.example")

    send_review_requests()
    run_worker()

    request = ReviewRequest.objects.get(organisation=organisation)
    assert request.failed_at is not None and request.sent_at is None
    assert "ConnectionRefusedError" in request.failure
    assert send_review_requests() == 0
