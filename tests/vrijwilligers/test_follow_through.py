"""Issue 18 with the real worker: lapsing unconfirmed enrolments, places passed on, reminders at the right times.

Each test queues the periodic work the way cron does (``manage.py vrijwilligers_due --now …``; the explicit time is
the clock seam) and runs the database queue's worker, ``manage.py db_worker --batch``, in-process.
"""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from icalendar import Calendar

from vrijwilligers import enrolment
from vrijwilligers.models import Enrollment, SentReminder, VolunteerApplication

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker(*extra):
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", *extra, stdout=io.StringIO())


def due_at(moment):
    """What cron does every few minutes, at ``moment``, and the worker that picks it up."""
    call_command("vrijwilligers_due", "--now", moment.isoformat(), stdout=io.StringIO())
    run_worker()


def enrol(cohort, name, confirm=True):
    enrollment = enrolment.enrol(
        cohort.pk, name=name, email=f"{name.lower()}@example.org", phone="", consent_version=1
    )
    if confirm:
        enrolment.confirm(enrollment.pk)
    return enrollment


def statuses():
    return dict(Enrollment.objects.values_list("name", "status"))


def mails_to(name):
    return [message.subject for message in mail.outbox if message.to == [f"{name.lower()}@example.org"]]


def test_an_unconfirmed_enrolment_lapses_after_48_hours_and_frees_its_place(cohort):
    start = timezone.now()
    enrol(cohort, "Anna")
    enrol(cohort, "Bert", confirm=False)
    enrol(cohort, "Cees")  # on the waiting list, address confirmed
    run_worker()
    mail.outbox.clear()

    due_at(start + timedelta(hours=47))
    assert statuses() == {"Anna": "confirmed", "Bert": "pending", "Cees": "waiting"}

    due_at(start + timedelta(hours=49))
    assert statuses() == {"Anna": "confirmed", "Bert": "cancelled", "Cees": "offered"}
    assert mails_to("Cees") == ["Er is een plek vrij voor je in WRAP"]
    assert mails_to("Bert") == [], "a lapsed enrolment gets no mail"


def test_an_unconfirmed_sign_up_is_deleted_after_48_hours(application_data):
    start = timezone.now()
    VolunteerApplication.objects.create(**application_data, email="bevestigd@example.org", confirmed_at=start)
    VolunteerApplication.objects.create(**application_data, email="niet@example.org")

    due_at(start + timedelta(hours=47))
    assert VolunteerApplication.objects.count() == 2
    due_at(start + timedelta(hours=49))
    assert list(VolunteerApplication.objects.values_list("email", flat=True)) == ["bevestigd@example.org"]


@pytest.fixture
def application_data():
    return {
        "name": "Sanne",
        "availability": "Dinsdag",
        "motivation": "Iets terugdoen.",
        "consent_at": timezone.now(),
        "consent_version": 1,
    }


def test_a_place_passes_on_through_three_people_until_one_takes_it(cohort):
    cohort.capacity = 1
    cohort.save()
    start = timezone.now()
    anna = enrol(cohort, "Anna")
    for name in ("Bert", "Cees", "Dirk"):
        enrol(cohort, name)
    enrolment.cancel(anna.pk, now=start)
    run_worker()
    assert statuses() == {"Anna": "cancelled", "Bert": "offered", "Cees": "waiting", "Dirk": "waiting"}
    assert Enrollment.objects.get(name="Bert").respond_before == start + timedelta(days=3)

    due_at(start + timedelta(days=3, minutes=5))
    assert statuses() == {"Anna": "cancelled", "Bert": "cancelled", "Cees": "offered", "Dirk": "waiting"}
    due_at(start + timedelta(days=6, minutes=10))
    assert statuses() == {"Anna": "cancelled", "Bert": "cancelled", "Cees": "cancelled", "Dirk": "offered"}

    enrolment.confirm(Enrollment.objects.get(name="Dirk").pk)
    run_worker()
    assert statuses()["Dirk"] == "confirmed"
    for name in ("Bert", "Cees", "Dirk"):
        assert "Er is een plek vrij voor je in WRAP" in mails_to(name)
    assert mails_to("Dirk")[-1] == "Je bent ingeschreven voor WRAP"


def test_the_offer_period_is_a_cohort_setting(cohort):
    cohort.capacity, cohort.offer_days = 1, 7
    cohort.save()
    start = timezone.now()
    anna = enrol(cohort, "Anna")
    enrol(cohort, "Bert")
    enrolment.cancel(anna.pk, now=start)

    due_at(start + timedelta(days=5))
    assert statuses()["Bert"] == "offered"
    due_at(start + timedelta(days=7, minutes=1))
    assert statuses()["Bert"] == "cancelled"


def reminder_mails():
    return [message for message in mail.outbox if message.subject.startswith("Herinnering")]


def test_reminders_7_days_and_1_day_before_the_first_session_and_1_day_before_the_next(cohort):
    first, second, _third = cohort.sessions.order_by("starts_at")
    enrol(cohort, "Anna")
    bert = enrol(cohort, "Bert")
    enrolment.cancel(bert.pk)
    run_worker()
    mail.outbox.clear()

    due_at(first.starts_at - timedelta(days=7, hours=1))
    assert reminder_mails() == []

    due_at(first.starts_at - timedelta(days=7) + timedelta(minutes=15))
    due_at(first.starts_at - timedelta(days=7) + timedelta(minutes=30))  # a second run sends nothing again
    week_before = reminder_mails()
    assert [message.to for message in week_before] == [["anna@example.org"]], "none after a cancellation"
    assert "Over een week begint WRAP" in week_before[0].body
    (event,) = Calendar.from_ical(week_before[0].attachments[0][1]).walk("VEVENT")
    assert event.decoded("dtstart") == first.starts_at

    due_at(first.starts_at - timedelta(days=2))
    assert len(reminder_mails()) == 1
    due_at(first.starts_at - timedelta(hours=23))
    due_at(first.starts_at - timedelta(hours=22))
    assert len(reminder_mails()) == 2 and "Morgen is de bijeenkomst" in reminder_mails()[1].body

    due_at(second.starts_at - timedelta(days=6))
    assert len(reminder_mails()) == 2, "no week-before reminder for a next session"
    due_at(second.starts_at - timedelta(hours=20))
    assert len(reminder_mails()) == 3
    assert sorted(SentReminder.objects.values_list("session_id", "kind")) == sorted(
        [(first.pk, "7d"), (first.pk, "1d"), (second.pk, "1d")]
    )
    assert not SentReminder.objects.filter(sent_at__isnull=True).exists()


def test_no_reminder_when_cancelled_after_it_was_queued(cohort):
    first = cohort.sessions.order_by("starts_at").first()
    anna = enrol(cohort, "Anna")
    run_worker()
    mail.outbox.clear()

    moment = first.starts_at - timedelta(hours=12)
    call_command("vrijwilligers_due", "--now", moment.isoformat(), stdout=io.StringIO())
    run_worker("--max-tasks", "1")  # the housekeeping claims the reminder and queues its mail …
    assert SentReminder.objects.count() == 1
    enrolment.cancel(anna.pk)  # … and Anna cancels before the worker sends it
    run_worker()

    assert reminder_mails() == []


def test_coordinators_can_turn_reminders_off_per_cohort(cohort):
    first = cohort.sessions.order_by("starts_at").first()
    enrol(cohort, "Anna")
    cohort.reminders_enabled = False
    cohort.save()

    due_at(first.starts_at - timedelta(hours=12))

    assert reminder_mails() == [] and not SentReminder.objects.exists()


def test_promotions_racing_with_confirmations_never_overbook(cohort):
    """Cancellations (each offering a place) race with waiting people confirming (each looking for a free place)."""
    from concurrent.futures import ThreadPoolExecutor

    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith(
        ("file:memorydb", ":memory:")
    ):
        pytest.skip("in-memory SQLite is one connection; PostgreSQL runs this race")
    cohort.capacity = 5
    cohort.save()
    holders = [enrol(cohort, f"H{number}") for number in range(5)]
    waiting = [enrol(cohort, f"W{number}", confirm=False) for number in range(15)]

    def one(job):
        action, enrollment = job
        try:
            return action(enrollment.pk)
        finally:
            connection.close()

    jobs = [(enrolment.cancel, e) for e in holders] + [(enrolment.confirm, e) for e in waiting]
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(one, jobs))

    assert Enrollment.objects.filter(status__in=Enrollment.HOLDS_A_PLACE).count() == 5
    assert Enrollment.objects.filter(status="offered").count() == 5
    assert Enrollment.objects.filter(status="waiting", confirmed_at__isnull=False).count() == 10
