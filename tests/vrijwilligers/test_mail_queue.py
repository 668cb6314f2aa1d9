"""Mail leaves the request (issue 13, item 4): enrolling only queues the mail, and the real worker sends it.

These tests use the database queue (django-tasks-db) and run its worker, ``manage.py db_worker --batch``, the way
production runs it (without the subprocess; the gate in tests/quality runs it as one against gunicorn).
"""

import io
import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from vrijwilligers.models import Enrollment

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
MAIL_TASK = "vrijwilligers.emails.send_enrollment_mail"


def mail_tasks():
    return DBTaskResult.objects.filter(task_path=MAIL_TASK)


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.VRIJWILLIGERS_MAIL_ATTEMPTS = 3


def run_worker():
    out = io.StringIO()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=out, verbosity=0)
    return out.getvalue()


def enrol(client, track, cohort, name):
    return client.post(
        f"{track.url}inschrijven/{cohort.pk}/",
        {"name": name, "email": f"{name.lower()}@example.org", "consent": "on"},
    )


def test_enrolling_queues_the_mail_and_the_worker_sends_it(client, track, cohort):
    assert enrol(client, track, cohort, "Anna").status_code == 302

    queued = mail_tasks().get()
    assert "anna" not in str(queued.args_kwargs).lower(), "no personal data in the queue"
    assert mail.outbox == [] and Enrollment.objects.get().mail_sent_at is None

    run_worker()

    assert [message.to for message in mail.outbox] == [["anna@example.org"]]
    assert Enrollment.objects.get().mail_sent_at is not None
    assert mail_tasks().get().status == "SUCCESSFUL"


@pytest.fixture
def silent_mail_server(settings):
    """An SMTP port that accepts connections and never says a word (the fault that stalled the site)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = listener.getsockname()
        settings.EMAIL_TIMEOUT = 1
        yield


def test_a_failed_mail_is_retried_with_growing_pauses_then_given_up(
    client, track, cohort, silent_mail_server
):
    enrol(client, track, cohort, "Anna")
    attempts, pauses = [], []
    for _round in range(5):
        run_worker()
        waiting = mail_tasks().filter(status="READY")
        attempts = list(mail_tasks().order_by("enqueued_at").values_list("args_kwargs", flat=True))
        if not waiting.exists():
            break
        retry = waiting.get()
        pauses.append(round((retry.run_after - retry.enqueued_at) / timedelta(minutes=1)))
        waiting.update(run_after=timezone.now())  # no need to wait for it

    assert [entry["args"] for entry in attempts] == [
        [Enrollment.objects.get().pk, "confirm"],
        [Enrollment.objects.get().pk, "confirm", 2],
        [Enrollment.objects.get().pk, "confirm", 3],
    ]
    assert pauses == [1, 4], "growing pauses between attempts"
    failed = mail_tasks().filter(status="FAILED")
    assert failed.count() == 3, "bounded: VRIJWILLIGERS_MAIL_ATTEMPTS in all"
    assert "anna" not in " ".join(failed.values_list("traceback", flat=True)).lower()
    assert Enrollment.objects.get().mail_sent_at is None, "coordinators still see that it never went out"
