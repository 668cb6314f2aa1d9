"""Organisations check their own entry without an account.

Every ``SOCIALMAP_REVIEW_MONTHS`` a daily command asks each organisation with an e-mail address to check its entry: the
worker sends a mail with a signed link that expires after ``SOCIALMAP_REVIEW_LINK_DAYS``. "Alles klopt nog" stamps
``last_reviewed``, which stops the reminders until the next check is due. A ``ReviewRequest`` per organisation and
check (unique) means a reminder is never sent twice, however often the command runs.
"""

from datetime import date
from urllib.parse import urlencode

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from herstelnetwerk.visibility import first_public

SALT = "socialmap.review"


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


def request_reviews(today: date) -> int:
    """Record and queue a request for each organisation due that has none for its last check; how many."""
    from .models import ReviewRequest

    queued = 0
    for organisation in due(today).exclude(review_requests__last_reviewed=F("last_reviewed")):
        try:
            with transaction.atomic():
                request = ReviewRequest.objects.create(
                    organisation=organisation, last_reviewed=organisation.last_reviewed
                )
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

    request = ReviewRequest.objects.select_related("organisation").filter(pk=request_id, sent_at=None).first()
    if request is None or request.organisation.last_reviewed != request.last_reviewed:
        return
    organisation = request.organisation
    context = {
        "organisation": organisation,
        "url": review_url(organisation),
        "days": settings.SOCIALMAP_REVIEW_LINK_DAYS,
    }
    EmailMessage(
        subject=f"Klopt uw vermelding op de sociale kaart nog? ({organisation.name})",
        body=render_to_string("socialmap/emails/review_request.txt", context),
        to=[organisation.email],
    ).send()
    ReviewRequest.objects.filter(pk=request.pk).update(sent_at=timezone.now())


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
    ReviewRequest.objects.filter(pk=request.pk).update(sent_at=None)
    transaction.on_commit(lambda: send_review_request.enqueue(request.pk))
