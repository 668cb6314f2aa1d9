"""The stories' dashboard panel: stories waiting in "Verhaal review" (for whoever may change them), and consents
whose "ask again on" date is near (only for those who may see consent records)."""

from datetime import timedelta

from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from herstelnetwerk.dashboard import CarePanel, Item, editable_pages, section

from .models import StoryConsent, StoryPage

REVIEW_WORKFLOW = "Verhaal review"  # created by migration 0002
REVIEW_SOON_DAYS = 30


def story_panel(user) -> CarePanel:
    sections = []
    waiting = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        workflow__name=REVIEW_WORKFLOW,
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    stories = (
        StoryPage.objects.filter(pk__in=editable_pages(user).values("pk"))
        .filter(Exists(waiting))
        .order_by("latest_revision_created_at")
        .only("pk", "title", "latest_revision_created_at")
    )
    sections.append(
        section(
            _("Waiting in “Verhaal review”"),
            stories,
            lambda story: Item(story.title, reverse("wagtailadmin_pages:edit", args=[story.pk])),
        )
    )
    if user.has_perm("verhalen.change_storyconsent"):
        soon = timezone.localdate() + timedelta(days=REVIEW_SOON_DAYS)
        consents = (
            StoryConsent.objects.filter(review_on__lte=soon, withdrawn_on__isnull=True)
            .order_by("review_on")
            .only("pk", "story_title", "review_on")
        )
        sections.append(
            section(
                _("Consent to check again soon"),
                consents,
                lambda consent: Item(
                    consent.story_title,
                    reverse("story_consent:edit", args=[consent.pk]),
                    _("ask again on %(date)s") % {"date": date_format(consent.review_on, "j F Y")},
                ),
            )
        )
    return CarePanel("story-care", _("Stories: what needs care"), sections, order=170)
