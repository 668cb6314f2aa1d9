"""Organisations check their own entry without an account.

Every ``SOCIALMAP_REVIEW_MONTHS`` a daily command asks each organisation with an e-mail address to check its entry: the
worker sends a mail with a signed link that expires after ``SOCIALMAP_REVIEW_LINK_DAYS``. "Alles klopt nog" stamps
``last_reviewed``, which stops the reminders until the next check is due. A ``ReviewRequest`` per organisation and
check (unique) means a reminder is never sent twice, however often the command runs.

A mail that does not arrive (the mail server refuses the address, or the worker's attempt fails) is recorded on its
request (``failed_at``, ``failure``, the ``address`` it went to): the editors see it in the report and on the
dashboard, and no reminder is sent automatically to that address again. When the organisation's address changes, the
next daily run asks again.
"""

import logging
import smtplib
from datetime import date
from urllib.parse import urlencode

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from herstelnetwerk.visibility import first_public

SALT = "socialmap.review"
FAILURE_LENGTH = 300

logger = logging.getLogger(__name__)


def review_token(organisation) -> str:
    return signing.dumps(
        {"organisation": organisation.pk, "checked": str(organisation.last_reviewed)}, salt=SALT
    )


def organisation_for(token: str):
    """The organisation a link is for; ``None`` when it is tampered with, expired or already used."""
    from .models import Organisation

    try:
        data = signing.loads(token, salt=SALT, max_age=settings.SOCIALMAP_REVIEW_LINK_DAYS * 24 * 60 * 60)
    except signing.BadSignature:  # expired links too (SignatureExpired)
        return None
    if not isinstance(data, dict):
        return None
    organisation = Organisation.objects.filter(pk=data.get("organisation")).first()
    if organisation is None or str(organisation.last_reviewed) != data.get("checked"):
        return None
    return organisation


def due(today: date):
    """Organisations with an e-mail address whose last check is ``SOCIALMAP_REVIEW_MONTHS`` or more ago."""
    from .models import Organisation

    checked_before = today - relativedelta(months=settings.SOCIALMAP_REVIEW_MONTHS)
    return Organisation.objects.live().exclude(email="").filter(last_reviewed__lte=checked_before)


def bounced() -> Q:
    """Organisations whose current address a review mail did not reach (a condition on ``Organisation``)."""
    from .models import ReviewRequest

    return Q(
        Exists(
            ReviewRequest.objects.filter(
                organisation=OuterRef("pk"), failed_at__isnull=False, address=OuterRef("email")
            )
        )
    )


def request_reviews(today: date) -> int:
    """Record and queue a request for each organisation due that has none for its last check; how many.

    A request that failed for an address the organisation no longer has is opened again for the new address.
    """
    from .models import ReviewRequest

    this_check = ReviewRequest.objects.filter(
        organisation=OuterRef("pk"), last_reviewed=OuterRef("last_reviewed")
    )
    asked = this_check.exclude(Q(failed_at__isnull=False) & ~Q(address=OuterRef("email")))
    queued = 0
    for organisation in due(today).exclude(Exists(asked)):
        try:
            with transaction.atomic():
                request, created = ReviewRequest.objects.get_or_create(
                    organisation=organisation, last_reviewed=organisation.last_reviewed
                )
                if not created:  # it failed for the old address
                    reopened = ReviewRequest.objects.filter(pk=request.pk, failed_at__isnull=False).exclude(
                        address=organisation.email
                    )
                    if not reopened.update(sent_at=None, failed_at=None, failure="", address=""):
                        continue  # another run reopened it first
        except IntegrityError:
            continue  # another run recorded it first
        transaction.on_commit(lambda pk=request.pk: send_review_request.enqueue(pk))
        queued += 1
    return queued


def review_url(organisation) -> str:
    from .models import SocialMapPage

    page = first_public(SocialMapPage)
    _site_id, _root_url, path = page.get_url_parts()
    query = urlencode({"token": review_token(organisation)})
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}controleren/?{query}"


@task()
def send_review_request(request_id):
    """Send one request's mail, unless it was sent already or the entry has been checked since."""
    from .models import ReviewRequest

    request = (
        ReviewRequest.objects.select_related("organisation")
        .filter(pk=request_id, sent_at=None, failed_at=None)
        .first()
    )
    if request is None or request.organisation.last_reviewed != request.last_reviewed:
        return
    organisation = request.organisation
    if not organisation.email:
        return
    ReviewRequest.objects.filter(pk=request.pk).update(address=organisation.email)
    context = {
        "organisation": organisation,
        "url": review_url(organisation),
        "days": settings.SOCIALMAP_REVIEW_LINK_DAYS,
    }
    try:
        EmailMessage(
            subject=f"Klopt uw vermelding op de sociale kaart nog? ({organisation.name})",
            body=render_to_string("socialmap/emails/review_request.txt", context),
            to=[organisation.email],
        ).send()
    except smtplib.SMTPRecipientsRefused as error:
        # A permanent answer about this address: record it and stop; trying again would get the same answer.
        record_failure(request.pk, "; ".join(refusal(reply) for reply in error.recipients.values()))
        return
    ReviewRequest.objects.filter(pk=request.pk).update(sent_at=timezone.now())


def refusal(reply) -> str:
    """An SMTP server's answer ``(550, b"5.1.1 User unknown")`` as text: "550 5.1.1 User unknown"."""
    code, message = reply
    return f"{code} {message.decode(errors='replace') if isinstance(message, bytes) else message}"


def record_failure(request_id, reason: str):
    """The request's mail did not arrive: when, and why (the mail server's answer or the error)."""
    from .models import ReviewRequest

    ReviewRequest.objects.filter(pk=request_id, sent_at=None).update(
        failed_at=timezone.now(), failure=reason[:FAILURE_LENGTH]
    )


def task_finished(sender, task_result, **kwargs):
    """The worker's final attempt at a review mail failed (an error other than a refused address): record it."""
    from django_tasks import TaskResultStatus

    if task_result.status != TaskResultStatus.FAILED or not task_result.args:
        return
    if task_result.task.module_path != send_review_request.module_path:
        return
    error = task_result.errors[-1] if task_result.errors else None
    reason = error.traceback.strip().splitlines()[-1] if error and error.traceback else "Onbekende fout"
    record_failure(task_result.args[0], reason)


def confirm(organisation):
    """ "Alles klopt nog": the entry is checked today."""
    from .models import Organisation

    Organisation.objects.filter(pk=organisation.pk).update(last_reviewed=timezone.localdate())


def send_again(organisation):
    """An editor's "send again": the request for its last check, queued once more (made if there was none)."""
    from .models import ReviewRequest

    request, _created = ReviewRequest.objects.get_or_create(
        organisation=organisation, last_reviewed=organisation.last_reviewed
    )
    ReviewRequest.objects.filter(pk=request.pk).update(sent_at=None, failed_at=None, failure="")
    transaction.on_commit(lambda: send_review_request.enqueue(request.pk))
