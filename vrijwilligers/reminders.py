"""Reminders: 7 days and 1 day before a cohort's first session, and 1 day before each next session.

``claim_due`` runs in the worker (see ``tasks.housekeeping``) and records each reminder before queueing its mail;
the record's unique constraint (enrolment, session, kind) means a reminder is claimed, and so sent, only once, however
often or however concurrently the housekeeping runs. The mail task checks again before sending (cancelled? turned off?).
"""

from datetime import timedelta

from django.db import IntegrityError, transaction

from .models import Enrollment, SentReminder, TrainingSession

WEEK, DAY = timedelta(days=7), timedelta(days=1)


def due_kind(session, first, now):
    """Which reminder of ``session`` is due at ``now``, if any."""
    if not now < session.starts_at:
        return None
    if session.starts_at - DAY <= now:
        return SentReminder.Kind.DAY_BEFORE
    if first and session.starts_at - WEEK <= now:
        return SentReminder.Kind.WEEK_BEFORE
    return None


def claim_due(now) -> int:
    from . import emails

    upcoming = TrainingSession.objects.filter(
        starts_at__gt=now, starts_at__lte=now + WEEK, cohort__reminders_enabled=True
    ).select_related("cohort")
    claimed = 0
    for session in upcoming:
        first = not session.cohort.sessions.filter(starts_at__lt=session.starts_at).exists()
        kind = due_kind(session, first, now)
        if kind is None:
            continue
        confirmed = session.cohort.enrollments.filter(
            status=Enrollment.Status.CONFIRMED, anonymised_at__isnull=True
        )
        for enrollment_id in confirmed.values_list("pk", flat=True):
            try:
                with transaction.atomic():
                    reminder = SentReminder.objects.create(
                        enrollment_id=enrollment_id, session=session, kind=kind
                    )
            except IntegrityError:
                continue  # already claimed by an earlier (or a parallel) run
            emails.send_reminder.enqueue(reminder.pk)
            claimed += 1
    return claimed
