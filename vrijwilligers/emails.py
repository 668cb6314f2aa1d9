"""E-mails to people who enrol, in Dutch, as plain text and HTML, with the session dates as an .ics attachment.

Sent through django-tasks with only the enrolment's id as argument, so no personal data sits in the queue, in a
task's result or in a log line when the mail server fails. A failed mail never undoes the enrolment: it leaves
``mail_sent_at`` empty, which coordinators see (and can filter on) in the list of enrolments.
"""

from urllib.parse import urlencode

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task
from icalendar import Calendar, Event

SUBJECTS = {
    "enrolled": "Je inschrijving voor {track}",
    "promoted": "Er is een plek vrij: je bent ingeschreven voor {track}",
}


@task()
def send_enrollment_mail(enrollment_id, kind):
    from .enrolment import cancel_token
    from .models import Enrollment

    enrollment = Enrollment.objects.select_related("cohort__track").get(pk=enrollment_id)
    cohort = enrollment.cohort
    track = cohort.track.specific
    index = track.get_parent().specific
    context = {
        "enrollment": enrollment,
        "cohort": cohort,
        "track": track,
        "kind": kind,
        "sessions": list(cohort.sessions.all()),
        "cancel_url": f"{index.get_full_url()}afmelden/?{urlencode({'token': cancel_token(enrollment)})}",
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
    message.send()
    Enrollment.objects.filter(pk=enrollment.pk).update(mail_sent_at=timezone.now())


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
