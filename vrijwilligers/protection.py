"""Deleting a page never deletes people: the admin refuses to delete a page above training cohorts, and says why.

The database enforces it (``on_delete=PROTECT`` from enrolment to cohort to training track); these hooks turn the
``ProtectedError`` an editor would otherwise meet as a server error into a message that explains who can close a
training (the volunteer coordinators) and what the editor can do instead (unpublish the page).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_valid_next_url_from_request

from .models import TrainingCohort


def holds_cohorts(page) -> bool:
    """Whether ``page`` or a page below it is a training track with cohorts (and so, perhaps, enrolments)."""
    return TrainingCohort.objects.filter(track__path__startswith=page.path).exists()


def refusal(request, pages, fallback_url):
    """A redirect with the reason, when one of ``pages`` holds cohorts; ``None`` when all may be deleted."""
    blocked = [page for page in pages if holds_cohorts(page)]
    if not blocked:
        return None
    for page in blocked:
        messages.error(
            request,
            _(
                "“%(title)s” can't be deleted: training groups with their enrolments belong to it. Enrolments are "
                "personal data and are never deleted together with a page. The volunteer coordinators (group "
                "“Vrijwilligerscoördinatie”) can close the training. To take the page off the website, unpublish it."
            )
            % {"title": page.get_admin_display_title()},
        )
    return redirect(get_valid_next_url_from_request(request) or fallback_url)


def before_delete_page(request, page):
    return refusal(request, [page], reverse("wagtailadmin_pages:edit", args=[page.pk]))


def before_bulk_action(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects or not hasattr(objects[0], "path"):
        return None
    return refusal(request, objects, reverse("wagtailadmin_home"))
