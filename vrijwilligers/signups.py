"""Double opt-in for sign-ups: one counts (coordinators see it) once the link in its e-mail is used.

An unconfirmed sign-up is someone's data that nobody asked us to keep: after ``VRIJWILLIGERS_CONFIRM_HOURS`` it is
deleted (``expire_unconfirmed``, run by the periodic ``vrijwilligers_due`` command through the worker).
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from .models import VolunteerApplication

SALT = "vrijwilligers.signup-confirm"


def submit(application) -> VolunteerApplication:
    from . import emails

    application.save()
    transaction.on_commit(lambda: emails.send_signup_confirmation.enqueue(application.pk))
    return application


def confirm_token(application) -> str:
    return signing.dumps(application.pk, salt=SALT)


def confirm(token, now=None) -> VolunteerApplication | None:
    """Confirm the sign-up a link is for; ``None`` when the link is forged, too old, or the sign-up lapsed."""
    now = now or timezone.now()
    try:
        pk = signing.loads(token, salt=SALT, max_age=timedelta(hours=settings.VRIJWILLIGERS_CONFIRM_HOURS))
    except signing.BadSignature:
        return None
    application = VolunteerApplication.objects.filter(pk=pk).first()
    if application is not None and application.confirmed_at is None:
        application.confirmed_at = now
        application.save(update_fields=["confirmed_at", "updated_at"])
    return application


def expire_unconfirmed(now) -> int:
    cutoff = now - timedelta(hours=settings.VRIJWILLIGERS_CONFIRM_HOURS)
    deleted, _by_model = VolunteerApplication.objects.filter(
        confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return deleted
