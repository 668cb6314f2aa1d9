"""Enrolling, confirming, cancelling and passing places on, with capacity enforced in the database transaction.

Every change of who holds a place locks the cohort row (``select_for_update``) before counting, so two people can
never take the last place at once, nor one address twice; on SQLite the whole transaction takes the write lock at
its start (``transaction_mode = IMMEDIATE``). A partial unique constraint backs the second rule up in the database.

A place is held by a confirmed enrolment, by a new one waiting for its address to be confirmed (double opt-in, for
``VRIJWILLIGERS_CONFIRM_HOURS``) and by a place offered to the first on the waiting list (for the cohort's
``offer_days``). What is not confirmed in time lapses (``expire_lapsed``), and the place passes on (``fill_places``).
E-mails go out through the task queue only after the transaction commits.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from .models import Enrollment, TrainingCohort

CANCEL_SALT = "vrijwilligers.cancel"
CONFIRM_SALT = "vrijwilligers.confirm"


class AlreadyEnrolled(Exception):
    """This address already has an enrolment in this cohort that is not cancelled."""


def confirm_deadline(now):
    return now + timedelta(hours=settings.VRIJWILLIGERS_CONFIRM_HOURS)


def enrol(cohort_id, *, name, email, phone, consent_version) -> Enrollment:
    """A new enrolment: it keeps a free place (or a waiting-list position) until its address is confirmed."""
    from . import emails

    now = timezone.now()
    with transaction.atomic():
        cohort = TrainingCohort.objects.select_for_update().get(pk=cohort_id)
        active = cohort.enrollments.exclude(status=Enrollment.Status.CANCELLED)
        if active.filter(email__iexact=email).exists():
            raise AlreadyEnrolled
        held = cohort.enrollments.filter(status__in=Enrollment.HOLDS_A_PLACE).count()
        enrollment = Enrollment.objects.create(
            cohort=cohort,
            name=name,
            email=email,
            phone=phone,
            status=Enrollment.Status.PENDING if held < cohort.capacity else Enrollment.Status.WAITING,
            respond_before=confirm_deadline(now),
            consent_at=now,
            consent_version=consent_version,
        )
        transaction.on_commit(lambda: emails.send_enrollment_mail.enqueue(enrollment.pk, "confirm"))
    return enrollment


def confirm(enrollment_id, now=None) -> Enrollment:
    """Confirm an address, or take an offered place; one that answers too late lapses and its place passes on."""
    from . import emails

    now = now or timezone.now()
    with transaction.atomic():
        enrollment = Enrollment.objects.get(pk=enrollment_id)
        cohort = TrainingCohort.objects.select_for_update().get(pk=enrollment.cohort_id)
        enrollment.refresh_from_db()
        if enrollment.status == Enrollment.Status.CANCELLED or enrollment.respond_before is None:
            return enrollment  # cancelled, or nothing left to confirm
        if enrollment.respond_before < now:
            lapse([enrollment], cohort, now)
            return enrollment
        if enrollment.status in (Enrollment.Status.PENDING, Enrollment.Status.OFFERED):
            enrollment.status = Enrollment.Status.CONFIRMED
            transaction.on_commit(lambda: emails.send_enrollment_mail.enqueue(enrollment.pk, "confirmed"))
        enrollment.confirmed_at = enrollment.confirmed_at or now
        enrollment.respond_before = None
        enrollment.save(update_fields=["status", "confirmed_at", "respond_before", "updated_at"])
        fill_places(cohort, now)  # a waiting person who confirms late may find a place already free
    return enrollment


def cancel(enrollment_id, now=None) -> list[Enrollment]:
    """Cancel an enrolment; when it held a place, the first confirmed one on the waiting list is offered it."""
    now = now or timezone.now()
    with transaction.atomic():
        enrollment = Enrollment.objects.get(pk=enrollment_id)
        cohort = TrainingCohort.objects.select_for_update().get(pk=enrollment.cohort_id)
        enrollment.refresh_from_db()
        if enrollment.status == Enrollment.Status.CANCELLED:
            return []
        lapse([enrollment], cohort, now)
        return fill_places(cohort, now)


def lapse(enrollments, cohort, now):
    for enrollment in enrollments:
        enrollment.status = Enrollment.Status.CANCELLED
        enrollment.cancelled_at = now
        enrollment.respond_before = None
        enrollment.save(update_fields=["status", "cancelled_at", "respond_before", "updated_at"])
    fill_places(cohort, now)


def fill_places(cohort, now) -> list[Enrollment]:
    """Offer each free place to the next confirmed person on the waiting list. The caller holds the cohort's lock."""
    from . import emails

    held = cohort.enrollments.filter(status__in=Enrollment.HOLDS_A_PLACE).count()
    free = cohort.capacity - held
    if free <= 0:
        return []
    offered = list(
        cohort.enrollments.filter(status=Enrollment.Status.WAITING, confirmed_at__isnull=False).order_by(
            "created_at", "pk"
        )[:free]
    )
    for enrollment in offered:
        enrollment.status = Enrollment.Status.OFFERED
        enrollment.respond_before = now + timedelta(days=cohort.offer_days)
        enrollment.save(update_fields=["status", "respond_before", "updated_at"])
        transaction.on_commit(lambda pk=enrollment.pk: emails.send_enrollment_mail.enqueue(pk, "offered"))
    return offered


def expire_lapsed(now) -> int:
    """Cancel what was not confirmed (nor an offered place taken) in time, and pass the places on."""
    lapsed = Enrollment.objects.filter(respond_before__lt=now).exclude(status=Enrollment.Status.CANCELLED)
    count = 0
    for cohort_id in set(lapsed.values_list("cohort_id", flat=True)):
        with transaction.atomic():
            cohort = TrainingCohort.objects.select_for_update().get(pk=cohort_id)
            expired = list(lapsed.filter(cohort=cohort))  # read again under the lock
            lapse(expired, cohort, now)
            count += len(expired)
    return count


def cancel_token(enrollment) -> str:
    return signing.dumps(enrollment.pk, salt=CANCEL_SALT)


def confirm_token(enrollment) -> str:
    return signing.dumps(enrollment.pk, salt=CONFIRM_SALT)


class LinkExpired(Exception):
    """A genuine link that no longer works: too old, or the training is over."""


def enrollment_for_token(token, salt=CANCEL_SALT) -> Enrollment | None:
    """The enrolment a link is for; ``None`` for a forged one, ``LinkExpired`` for one that is too old."""
    max_age = timedelta(days=settings.VRIJWILLIGERS_CANCEL_LINK_DAYS)
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
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
