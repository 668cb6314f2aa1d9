"""The editors' dashboard panel: entries to check (not checked in a year, or mail that did not arrive).

Each row has a one-click "Nog steeds juist" (a POST with the CSRF token, permission checked) that stamps
``last_reviewed`` today. Shown only to users who may change organisations; two queries (a count and the oldest few).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component

from . import review
from .models import Organisation
from .stale import STALE_MONTHS, stale_organisations

SHOWN = 5
PERMISSION = "socialmap.change_organisation"


class EntriesToCheckPanel(Component):
    name = "socialmap_entries_to_check"
    template_name = "socialmap/admin/dashboard_panel.html"
    order = 160

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        organisations = stale_organisations(timezone.localdate())
        context.update(
            {
                "count": organisations.count(),
                "organisations": list(organisations.order_by("last_reviewed", "name")[:SHOWN]),
                "months": STALE_MONTHS,
                "request": parent_context["request"],
                "csrf_token": parent_context["csrf_token"],
            }
        )
        return context


def panels(request, panels):
    """``construct_homepage_panels``: the panel, for users who may change organisations."""
    if request.user.has_perm(PERMISSION):
        panels.append(EntriesToCheckPanel())


@require_POST
def still_right_view(request, pk):
    """ "Nog steeds juist": the entry is checked today (``last_reviewed``), then back to where the editor was."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    organisation = get_object_or_404(Organisation.objects.live(), pk=pk)
    review.confirm(organisation)
    messages.success(request, _("%(name)s is marked as checked today.") % {"name": organisation.name})
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = "wagtailadmin_home"
    return redirect(back)
