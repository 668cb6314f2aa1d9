""" "Mijn inschrijvingen" without an account: a signed link, mailed to an address, opens that address's overview.

The link carries the lower-cased address, signed (``django.core.signing``) and valid for
``VRIJWILLIGERS_OVERVIEW_LINK_HOURS``. Asking for it always gives the same answer, whether the address is known or
not; only a known address gets a mail (through the queue, with an id as its argument, never the address).
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction

from .models import Enrollment, VolunteerApplication

SALT = "vrijwilligers.overview"


def overview_token(email) -> str:
    return signing.dumps(email.lower(), salt=SALT)


def email_for_token(token) -> str | None:
    max_age = timedelta(hours=settings.VRIJWILLIGERS_OVERVIEW_LINK_HOURS)
    try:
        return signing.loads(token, salt=SALT, max_age=max_age)
    except signing.BadSignature:
        return None


def request_link(email):
    """Queue the mail with the link when the address is known; do nothing (visibly the same) when it is not."""
    from . import emails

    for model in (Enrollment, VolunteerApplication):
        pk = (
            model.objects.filter(email__iexact=email, anonymised_at__isnull=True)
            .order_by("-pk")
            .values_list("pk", flat=True)
            .first()
        )
        if pk is not None:
            name = model._meta.model_name
            transaction.on_commit(lambda name=name, pk=pk: emails.send_overview_link.enqueue(name, pk))
            return


def enrollments_of(email):
    return (
        Enrollment.objects.filter(email__iexact=email, anonymised_at__isnull=True)
        .select_related("cohort__track")
        .prefetch_related("cohort__sessions")
        .order_by("-created_at")
    )


def sign_ups_of(email):
    return VolunteerApplication.objects.filter(
        email__iexact=email, anonymised_at__isnull=True, confirmed_at__isnull=False
    ).order_by("-created_at")
