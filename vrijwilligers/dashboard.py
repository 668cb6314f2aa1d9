"""The coordinators' dashboard panel: cohorts that are full, have a waiting list or start within 14 days, and
enrolments whose e-mail could not be sent. Only for those who may change enrolments (the coordinators)."""

from datetime import timedelta

from django.db.models import Count, F, Max, Min, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from herstelnetwerk.dashboard import CarePanel, Item, section

from .models import Enrollment, TrainingCohort

SOON_DAYS = 14
#: An e-mail is sent by the task queue within moments; an enrolment this old without one had its mail fail.
MAIL_GRACE = timedelta(minutes=10)


def cohort_item(cohort, note):
    return Item(
        str(cohort), reverse("vrijwilligers_trainingcohort_modeladmin_inspect", args=[cohort.pk]), note
    )


def volunteers_panel(user) -> CarePanel | None:
    if not user.has_perm("vrijwilligers.change_enrollment"):
        return None
    now = timezone.now()
    cohorts = (
        TrainingCohort.objects.select_related("track")
        .annotate(
            taken=Count(
                "enrollments", filter=Q(enrollments__status__in=Enrollment.HOLDS_A_PLACE), distinct=True
            ),
            waiting=Count(
                "enrollments", filter=Q(enrollments__status=Enrollment.Status.WAITING), distinct=True
            ),
            first_start=Min("sessions__starts_at"),
            last_start=Max("sessions__starts_at"),
        )
        .filter(last_start__gte=now)
        .order_by("first_start")
    )
    failed = (
        Enrollment.objects.filter(
            mail_sent_at__isnull=True, anonymised_at__isnull=True, created_at__lte=now - MAIL_GRACE
        )
        .exclude(status=Enrollment.Status.CANCELLED)
        .select_related("cohort__track")
        .order_by("-created_at")
    )
    places = _("%(taken)s of %(capacity)s places")
    return CarePanel(
        "volunteers-care",
        _("Training cohorts: what needs care"),
        [
            section(
                _("Full"),
                cohorts.filter(taken__gte=F("capacity")),
                lambda c: cohort_item(c, places % {"taken": c.taken, "capacity": c.capacity}),
            ),
            section(
                _("With a waiting list"),
                cohorts.filter(waiting__gt=0),
                lambda c: cohort_item(c, _("%(count)s waiting") % {"count": c.waiting}),
            ),
            section(
                _("Starting within 14 days"),
                cohorts.filter(first_start__lte=now + timedelta(days=SOON_DAYS), first_start__gte=now),
                lambda c: cohort_item(c, date_format(timezone.localtime(c.first_start), "l j F, H:i")),
            ),
            section(
                _("Enrolments whose e-mail could not be sent"),
                failed,
                lambda e: Item(
                    f"{e.name} · {e.cohort}",
                    reverse("vrijwilligers_enrollment_modeladmin_edit", args=[e.pk]),
                    _("contact them yourself"),
                ),
                more_url=reverse("vrijwilligers_enrollment_modeladmin_index") + "?mail_sent_at__isnull=True",
                more_label=_("All of them"),
            ),
        ],
        order=180,
    )
