"""E-mails to volunteers, in Dutch, sent by the task worker, with session dates as an .ics attachment where useful.

Sent through django-tasks (a worker, never the request) with only ids as arguments, so no personal data sits in
the queue, in a task's result or in a log line when the mail server fails. A failed mail never undoes anything: an
enrolment's ``mail_sent_at`` stays empty, which coordinators see (and can filter on) in the list of enrolments, and
each mail is tried again later, with growing pauses, up to ``VRIJWILLIGERS_MAIL_ATTEMPTS`` times in all.
"""

import smtplib
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task
from icalendar import Calendar, Event

SUBJECTS = {
    "confirm": "Bevestig je inschrijving voor {track}",
    "confirmed": "Je bent ingeschreven voor {track}",
    "offered": "Er is een plek vrij voor je in {track}",
}


class MailNotSent(Exception):
    """A send failed; says which attempt and what kind of error, never to whom (the SMTP error may name them)."""


def retry_delay(attempt: int) -> timedelta:
    return timedelta(minutes=4 ** (attempt - 1))


def deliver(message, task_, args, attempt):
    """Send; on failure queue ``task_(*args, attempt + 1)`` after a pause, and fail this run without an address."""
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        if attempt < settings.VRIJWILLIGERS_MAIL_ATTEMPTS and task_.get_backend().supports_defer:
            task_.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(*args, attempt + 1)
        attempts = settings.VRIJWILLIGERS_MAIL_ATTEMPTS
        raise MailNotSent(f"attempt {attempt} of {attempts}: {type(error).__name__}") from None


def live_enrollment(enrollment_id):
    from .models import Enrollment

    enrollment = Enrollment.objects.select_related("cohort__track").filter(pk=enrollment_id).first()
    if enrollment is None or enrollment.anonymised_at:
        return None  # erased or anonymised while the mail waited
    return enrollment


def enrollment_context(enrollment):
    from .enrolment import cancel_token, confirm_token

    cohort = enrollment.cohort
    track = cohort.track.specific
    index = track.get_parent().specific
    base = public_url(index)
    return {
        "enrollment": enrollment,
        "cohort": cohort,
        "track": track,
        "sessions": list(cohort.sessions.all()),
        "cancel_url": f"{base}afmelden/?{urlencode({'token': cancel_token(enrollment)})}",
        "confirm_url": f"{base}bevestigen/?{urlencode({'token': confirm_token(enrollment)})}",
        "overview_url": f"{base}mijn-inschrijvingen/",
    }


@task()
def send_enrollment_mail(enrollment_id, kind, attempt=1):
    from .models import Enrollment

    enrollment = live_enrollment(enrollment_id)
    if enrollment is None or enrollment.status == Enrollment.Status.CANCELLED:
        return
    context = {**enrollment_context(enrollment), "kind": kind}
    track = context["track"]
    message = EmailMultiAlternatives(
        subject=SUBJECTS[kind].format(track=track.title),
        body=render_to_string("vrijwilligers/emails/enrollment.txt", context),
        to=[enrollment.email],
    )
    message.attach_alternative(render_to_string("vrijwilligers/emails/enrollment.html", context), "text/html")
    if enrollment.status == Enrollment.Status.CONFIRMED:
        message.attach(
            f"{track.slug}.ics",
            sessions_calendar(track, enrollment.cohort, context["sessions"]),
            "text/calendar",
        )
    Enrollment.objects.filter(pk=enrollment.pk).update(mail_sent_at=None)
    deliver(message, send_enrollment_mail, (enrollment_id, kind), attempt)
    Enrollment.objects.filter(pk=enrollment.pk).update(mail_sent_at=timezone.now())


@task()
def send_reminder(reminder_id, attempt=1):
    """Checked again at sending: no reminder after a cancellation, nor when the cohort's reminders were turned off."""
    from .models import Enrollment, SentReminder

    reminder = (
        SentReminder.objects.select_related("session").filter(pk=reminder_id, sent_at__isnull=True).first()
    )
    enrollment = live_enrollment(reminder.enrollment_id) if reminder else None
    if (
        enrollment is None
        or enrollment.status != Enrollment.Status.CONFIRMED
        or not enrollment.cohort.reminders_enabled
    ):
        return
    context = {**enrollment_context(enrollment), "reminder": reminder, "session": reminder.session}
    track = context["track"]
    message = EmailMessage(
        subject=f"Herinnering: {track.title} op {reminder.session.starts_at:%d-%m-%Y}",
        body=render_to_string("vrijwilligers/emails/reminder.txt", context),
        to=[enrollment.email],
    )
    message.attach(
        f"{track.slug}.ics", sessions_calendar(track, enrollment.cohort, [reminder.session]), "text/calendar"
    )
    deliver(message, send_reminder, (reminder_id,), attempt)
    SentReminder.objects.filter(pk=reminder.pk).update(sent_at=timezone.now())


@task()
def send_signup_confirmation(application_id, attempt=1):
    from .models import VolunteerApplication
    from .signups import confirm_token

    application = VolunteerApplication.objects.filter(pk=application_id, confirmed_at__isnull=True).first()
    if application is None:
        return
    index = volunteering_page()
    context = {
        "application": application,
        "confirm_url": f"{public_url(index)}aanmelding-bevestigen/?{urlencode({'token': confirm_token(application)})}",
    }
    message = EmailMessage(
        subject="Bevestig je aanmelding als vrijwilliger",
        body=render_to_string("vrijwilligers/emails/signup_confirm.txt", context),
        to=[application.email],
    )
    deliver(message, send_signup_confirmation, (application_id,), attempt)


@task()
def send_overview_link(model_name, pk, attempt=1):
    """The link to "mijn inschrijvingen", for the address of one sign-up or enrolment (ids only in the queue)."""
    from .models import Enrollment, VolunteerApplication
    from .overview import overview_token

    model = {"enrollment": Enrollment, "volunteerapplication": VolunteerApplication}[model_name]
    person = model.objects.filter(pk=pk, anonymised_at__isnull=True).first()
    if person is None:
        return
    index = volunteering_page()
    context = {
        "hours": settings.VRIJWILLIGERS_OVERVIEW_LINK_HOURS,
        "overview_url": f"{public_url(index)}mijn-inschrijvingen/overzicht/?{urlencode({'token': overview_token(person.email)})}",
    }
    message = EmailMessage(
        subject="Je inschrijvingen bij het herstelnetwerk",
        body=render_to_string("vrijwilligers/emails/overview_link.txt", context),
        to=[person.email],
    )
    deliver(message, send_overview_link, (model_name, pk), attempt)


@task()
def send_certificate(completion_id, attempt=1):
    from .certificate import certificate_pdf, coordinator_name
    from .models import Completion

    completion = (
        Completion.objects.select_related("enrollment__cohort__track", "recorded_by")
        .filter(pk=completion_id)
        .first()
    )
    enrollment = live_enrollment(completion.enrollment_id) if completion else None
    if enrollment is None:
        return
    track = enrollment.cohort.track
    message = EmailMessage(
        subject=f"Je bewijs van deelname: {track.title}",
        body=render_to_string(
            "vrijwilligers/emails/certificate.txt", {"enrollment": enrollment, "track": track}
        ),
        to=[enrollment.email],
    )
    pdf = certificate_pdf(completion, coordinator_name(completion.recorded_by))
    message.attach(f"bewijs-van-deelname-{track.slug}.pdf", pdf, "application/pdf")
    deliver(message, send_certificate, (completion_id,), attempt)
    Completion.objects.filter(pk=completion.pk).update(certificate_sent_at=timezone.now())


@task()
def send_cohort_message(message_id, enrollment_id, attempt=1):
    """One coordinator's message to one person of the cohort, plain text, with their own cancel link."""
    from .models import CohortMessage

    cohort_message = CohortMessage.objects.filter(pk=message_id).first()
    enrollment = live_enrollment(enrollment_id)
    if cohort_message is None or enrollment is None or enrollment.status == enrollment.Status.CANCELLED:
        return
    context = {**enrollment_context(enrollment), "message": cohort_message}
    message = EmailMessage(
        subject=cohort_message.subject,
        body=render_to_string("vrijwilligers/emails/cohort_message.txt", context),
        to=[enrollment.email],
    )
    deliver(message, send_cohort_message, (message_id, enrollment_id), attempt)


def volunteering_page():
    from .models import VolunteerIndexPage

    return VolunteerIndexPage.objects.live().first() or VolunteerIndexPage.objects.first()


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
    all_sessions = list(cohort.sessions.all())
    for session in sessions:
        number = all_sessions.index(session) + 1 if session in all_sessions else 1
        event = Event()
        event.add("uid", f"training-session-{session.pk}@herstelnetwerk")
        event.add("dtstamp", timezone.now())
        event.add("summary", f"{track.title} ({number}/{len(all_sessions)})")
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        event.add("location", cohort.place)
        calendar.add_component(event)
    return calendar.to_ical()
