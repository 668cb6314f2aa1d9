"""Enrolling and cancelling, with capacity enforced in the database transaction, never only in a form.

The cohort row is locked (``select_for_update``) before counting, so two people can never take the last place at
once, nor one address twice; on SQLite the whole transaction takes the write lock at its start
(``transaction_mode = IMMEDIATE``). A partial unique constraint backs the second rule up in the database.
E-mails go out through the task queue only after the transaction commits.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from .models import Enrollment, TrainingCohort

CANCEL_SALT = "vrijwilligers.cancel"


class AlreadyEnrolled(Exception):
    """This address already has an enrolment in this cohort that is not cancelled."""


def enrol(cohort_id, *, name, email, phone, consent_version) -> Enrollment:
    from . import emails

    with transaction.atomic():
        cohort = TrainingCohort.objects.select_for_update().get(pk=cohort_id)
        active = cohort.enrollments.exclude(status=Enrollment.Status.CANCELLED)
        if active.filter(email__iexact=email).exists():
            raise AlreadyEnrolled
        confirmed = cohort.enrollments.filter(status=Enrollment.Status.CONFIRMED).count()
        status = Enrollment.Status.CONFIRMED if confirmed < cohort.capacity else Enrollment.Status.WAITING
        enrollment = Enrollment.objects.create(
            cohort=cohort,
            name=name,
            email=email,
            phone=phone,
            status=status,
            consent_at=timezone.now(),
            consent_version=consent_version,
        )
        transaction.on_commit(lambda: emails.send_enrollment_mail.enqueue(enrollment.pk, "enrolled"))
    return enrollment


def cancel(enrollment_id) -> Enrollment | None:
    """Cancel an enrolment; when it held a place, the first on the waiting list gets it (and an e-mail)."""
    from . import emails

    with transaction.atomic():
        enrollment = Enrollment.objects.select_related("cohort").get(pk=enrollment_id)
        TrainingCohort.objects.select_for_update().get(pk=enrollment.cohort_id)
        enrollment.refresh_from_db()
        if enrollment.status == Enrollment.Status.CANCELLED:
            return None
        held_a_place = enrollment.status == Enrollment.Status.CONFIRMED
        enrollment.status = Enrollment.Status.CANCELLED
        enrollment.cancelled_at = timezone.now()
        enrollment.save(update_fields=["status", "cancelled_at", "updated_at"])
        promoted = None
        if held_a_place:
            promoted = (
                enrollment.cohort.enrollments.filter(status=Enrollment.Status.WAITING)
                .order_by("created_at", "pk")
                .first()
            )
            if promoted is not None:
                promoted.status = Enrollment.Status.CONFIRMED
                promoted.save(update_fields=["status", "updated_at"])
                transaction.on_commit(lambda: emails.send_enrollment_mail.enqueue(promoted.pk, "promoted"))
    return promoted


def cancel_token(enrollment) -> str:
    return signing.dumps(enrollment.pk, salt=CANCEL_SALT)


class LinkExpired(Exception):
    """A genuine cancel link that no longer works: too old, or the training is over."""


def enrollment_for_token(token) -> Enrollment | None:
    """The enrolment a cancel link is for; ``None`` for a forged one, ``LinkExpired`` for one that is too old."""
    max_age = timedelta(days=settings.VRIJWILLIGERS_CANCEL_LINK_DAYS)
    try:
        pk = signing.loads(token, salt=CANCEL_SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except signing.BadSignature:
        return None
    enrollment = Enrollment.objects.select_related("cohort__track").filter(pk=pk).first()
    if enrollment is not None and training_is_over(enrollment.cohort):
        raise LinkExpired
    return enrollment


def training_is_over(cohort) -> bool:
    last = cohort.sessions.order_by("-ends_at").values_list("ends_at", flat=True).first()
    return last is not None and last < timezone.now()
