"""Attendance and completion: a training is completed when the track's required sessions were attended.

A completion by the rule follows the attendance (recorded, or withdrawn when a mark is corrected); one a coordinator
decided (with a reason) stays until the coordinator changes it.
"""

from django.db import transaction
from django.utils import timezone

from .models import Attendance, Completion, Enrollment


def required_sessions(cohort) -> int:
    return cohort.track.specific.required_sessions or cohort.sessions.count()


def participants(cohort):
    return cohort.enrollments.filter(status=Enrollment.Status.CONFIRMED, anonymised_at__isnull=True).order_by(
        "name"
    )


@transaction.atomic
def record_attendance(session, marks, user):
    """``marks`` maps enrolment ids (of the session's cohort) to an ``Attendance.Status``; others are ignored."""
    allowed = set(participants(session.cohort).values_list("pk", flat=True))
    for enrollment_id, status in marks.items():
        if enrollment_id in allowed and status in Attendance.Status.values:
            Attendance.objects.update_or_create(
                enrollment_id=enrollment_id, session=session, defaults={"status": status, "recorded_by": user}
            )
    update_completions(session.cohort, user)


def update_completions(cohort, user):
    needed = required_sessions(cohort)
    for enrollment in participants(cohort):
        attended = enrollment.attendances.filter(status=Attendance.Status.PRESENT).select_related("session")
        completion = Completion.objects.filter(enrollment=enrollment).first()
        if attended.count() >= needed:
            if completion is None:
                last = max(mark.session.starts_at for mark in attended)
                Completion.objects.create(
                    enrollment=enrollment, completed_on=timezone.localdate(last), recorded_by=user
                )
        elif completion is not None and not completion.override_reason:
            completion.delete()


def override(enrollment, *, completed, reason, user):
    """A coordinator's decision: completed (with a reason) or not, whatever the attendance says."""
    Completion.objects.filter(enrollment=enrollment).delete()
    if completed:
        Completion.objects.create(
            enrollment=enrollment, completed_on=timezone.localdate(), override_reason=reason, recorded_by=user
        )


def hours_attended(enrollment) -> float:
    marks = enrollment.attendances.filter(status=Attendance.Status.PRESENT).select_related("session")
    seconds = sum((mark.session.ends_at - mark.session.starts_at).total_seconds() for mark in marks)
    return round(seconds / 3600, 1)
