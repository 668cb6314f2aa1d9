"""E-mails to people who enrol, in Dutch, as plain text and HTML, with the session dates as an .ics attachment.

Sent through django-tasks (a worker, never the request) with only the enrolment's id as argument, so no personal
data sits in the queue, in a task's result or in a log line when the mail server fails. A failed mail never undoes
the enrolment: it leaves ``mail_sent_at`` empty, which coordinators see (and can filter on) in the list of
enrolments, and is tried again later, with growing pauses, up to ``VRIJWILLIGERS_MAIL_ATTEMPTS`` times in all.
"""

import smtplib
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task
from icalendar import Calendar, Event

SUBJECTS = {
    "enrolled": "Je inschrijving voor {track}",
    "promoted": "Er is een plek vrij: je bent ingeschreven voor {track}",
}


class MailNotSent(Exception):
    """A send failed; says which attempt and what kind of error, never to whom (the SMTP error may name them)."""


def retry_delay(attempt: int) -> timedelta:
    return timedelta(minutes=4 ** (attempt - 1))


@task()
def send_enrollment_mail(enrollment_id, kind, attempt=1):
    from .enrolment import cancel_token
    from .models import Enrollment

    enrollment = Enrollment.objects.select_related("cohort__track").filter(pk=enrollment_id).first()
    if enrollment is None or enrollment.anonymised_at:
        return  # erased or anonymised while the mail waited
    cohort = enrollment.cohort
    track = cohort.track.specific
    index = track.get_parent().specific
    context = {
        "enrollment": enrollment,
        "cohort": cohort,
        "track": track,
        "kind": kind,
        "sessions": list(cohort.sessions.all()),
        "cancel_url": f"{public_url(index)}afmelden/?{urlencode({'token': cancel_token(enrollment)})}",
    }
    message = EmailMultiAlternatives(
        subject=SUBJECTS[kind].format(track=track.title),
        body=render_to_string("vrijwilligers/emails/enrollment.txt", context),
        to=[enrollment.email],
    )
    message.attach_alternative(render_to_string("vrijwilligers/emails/enrollment.html", context), "text/html")
    if enrollment.status == Enrollment.Status.CONFIRMED:
        message.attach(
            f"{track.slug}.ics", sessions_calendar(track, cohort, context["sessions"]), "text/calendar"
        )
    Enrollment.objects.filter(pk=enrollment.pk).update(mail_sent_at=None)
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        retry_later(enrollment_id, kind, attempt)
        attempts = settings.VRIJWILLIGERS_MAIL_ATTEMPTS
        raise MailNotSent(f"attempt {attempt} of {attempts}: {type(error).__name__}") from None
    Enrollment.objects.filter(pk=enrollment.pk).update(mail_sent_at=timezone.now())


def retry_later(enrollment_id, kind, attempt):
    """Queue the next attempt after a pause; a backend that cannot defer (the tests' immediate one) gets none."""
    if (
        attempt >= settings.VRIJWILLIGERS_MAIL_ATTEMPTS
        or not send_enrollment_mail.get_backend().supports_defer
    ):
        return
    send_enrollment_mail.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
        enrollment_id, kind, attempt + 1
    )


def public_url(page) -> str:
    """The page's address on the site as the public knows it (``WAGTAILADMIN_BASE_URL``).

    The worker has no request to take a host from, and the Site record's hostname is often ``localhost``.
    """
    _site_id, _root_url, path = page.get_url_parts()
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def sessions_calendar(track, cohort, sessions) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Herstelnetwerk Noord-Holland-Noord//Trainingen//NL")
    calendar.add("version", "2.0")
    for number, session in enumerate(sessions, start=1):
        event = Event()
        event.add("uid", f"training-session-{session.pk}@herstelnetwerk")
        event.add("dtstamp", timezone.now())
        event.add("summary", f"{track.title} ({number}/{len(sessions)})")
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        event.add("location", cohort.place)
        calendar.add_component(event)
    return calendar.to_ical()
