"""AVG/GDPR: anonymise what is older than the retention period, and export or erase everything about one person.

What hangs off an enrolment follows it: attendance marks and reminders stay with an anonymised enrolment (they then
say nothing about anyone), a completion loses its reason, and all of them go when the enrolment is erased (CASCADE).
Certificates are never stored: the PDF is drawn when it is downloaded or mailed. Messages to a cohort are kept as
long as anything else, then deleted.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from .models import CohortMessage, Completion, Enrollment, VolunteerApplication

ANONYMOUS = "geanonimiseerd"
PERSONAL_FIELDS = {
    VolunteerApplication: {
        "name": ANONYMOUS,
        "email": "",
        "phone": "",
        "availability": "",
        "motivation": "",
        "lived_experience": "",
        "coordinator_notes": "",
    },
    Enrollment: {"name": ANONYMOUS, "email": "", "phone": ""},
}


def retention_cutoff():
    months = settings.VRIJWILLIGERS_RETENTION_MONTHS
    if months < 1:
        raise ValueError(
            f"VRIJWILLIGERS_RETENTION_MONTHS must be 1 or more, not {months}: 0 would anonymise everyone."
        )
    return timezone.now() - timedelta(days=round(months * 30.44))


@transaction.atomic
def anonymise_expired(dry_run=False) -> dict[str, int]:
    """Anonymise sign-ups and enrolments whose last activity is older than the retention period (or count them)."""
    now, cutoff, counts = timezone.now(), retention_cutoff(), {}
    for model, fields in PERSONAL_FIELDS.items():
        expired = model.objects.filter(updated_at__lt=cutoff, anonymised_at__isnull=True)
        if dry_run:
            counts[model._meta.model_name] = expired.count()
            continue
        pseudonymise_history(model, expired.values_list("pk", flat=True))
        counts[model._meta.model_name] = expired.update(**fields, anonymised_at=now)
        if model is VolunteerApplication:
            from .models import StatusChange

            StatusChange.objects.filter(application__anonymised_at=now).update(note="")
    old_messages = CohortMessage.objects.filter(sent_at__lt=cutoff)
    if dry_run:
        counts["cohortmessage"] = old_messages.count()
    else:
        Completion.objects.filter(enrollment__anonymised_at=now).update(override_reason="")
        counts["cohortmessage"], _by_model = old_messages.delete()
    return counts


def export_person(email: str) -> dict:
    """Everything stored about one e-mail address, as plain data."""
    applications = VolunteerApplication.objects.filter(email__iexact=email).select_related("municipality")
    enrollments = Enrollment.objects.filter(email__iexact=email).select_related("cohort__track")
    return {
        "email": email,
        "sign_ups": [
            {
                "name": a.name,
                "phone": a.phone,
                "municipality": str(a.municipality or ""),
                "kinds_of_work": a.kinds_of_work,
                "availability": a.availability,
                "motivation": a.motivation,
                "lived_experience": a.lived_experience,
                "status": a.status,
                "consent_at": a.consent_at.isoformat(),
                "consent_version": a.consent_version,
                "created_at": a.created_at.isoformat(),
                "status_changes": [
                    {"from": c.from_status, "to": c.to_status, "note": c.note, "at": c.changed_at.isoformat()}
                    for c in a.status_changes.all()
                ],
            }
            for a in applications
        ],
        "enrolments": [
            {
                "name": e.name,
                "phone": e.phone,
                "training": e.cohort.track.title,
                "cohort": e.cohort.name,
                "status": e.status,
                "consent_at": e.consent_at.isoformat(),
                "created_at": e.created_at.isoformat(),
                "confirmed_at": e.confirmed_at.isoformat() if e.confirmed_at else None,
                "briefing_read_at": e.briefing_read_at.isoformat() if e.briefing_read_at else None,
                "attendance": [
                    {"session": a.session.starts_at.isoformat(), "status": a.status}
                    for a in e.attendances.select_related("session")
                ],
                "completion": completion_data(e),
                "reminders": [
                    {"session": r.session.starts_at.isoformat(), "kind": r.kind, "sent_at": iso(r.sent_at)}
                    for r in e.reminders.select_related("session")
                ],
            }
            for e in enrollments
        ],
    }


def iso(moment):
    return moment.isoformat() if moment else None


def completion_data(enrollment):
    completion = Completion.objects.filter(enrollment=enrollment).first()
    if completion is None:
        return None
    return {
        "completed_on": completion.completed_on.isoformat(),
        "override_reason": completion.override_reason,
        "certificate_sent_at": iso(completion.certificate_sent_at),
    }


@transaction.atomic
def erase_person(email: str) -> int:
    """Delete every sign-up and enrolment of one e-mail address, with their attendance, completions and reminders.

    A freed place goes to the waiting list first.
    """
    from .enrolment import cancel

    enrollments = list(
        Enrollment.objects.filter(email__iexact=email).exclude(status=Enrollment.Status.CANCELLED)
    )
    for enrollment in enrollments:
        cancel(enrollment.pk)
    for model in PERSONAL_FIELDS:
        pseudonymise_history(model, model.objects.filter(email__iexact=email).values_list("pk", flat=True))
    deleted, _by_model = VolunteerApplication.objects.filter(email__iexact=email).delete()
    removed, _by_model = Enrollment.objects.filter(email__iexact=email).delete()
    return deleted + removed


def pseudonymise_history(model, pks):
    """The admin's history (Wagtail's and Django's log entries) names the person in each entry's label and data.

    The entries stay, so what happened and who in the team did it remains known; only who it was about goes.
    """
    content_type = ContentType.objects.get_for_model(model)
    object_ids = [str(pk) for pk in pks]
    ModelLogEntry.objects.filter(content_type=content_type, object_id__in=object_ids).update(
        label=ANONYMOUS, data={}
    )
    LogEntry.objects.filter(content_type=content_type, object_id__in=object_ids).update(
        object_repr=ANONYMOUS, change_message=""
    )
