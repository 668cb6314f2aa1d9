"""The editors' report of stale entries: not checked in ``STALE_MONTHS``, with sorting, a filter and "send again"."""

from dateutil.relativedelta import relativedelta
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Max, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import review
from .models import Organisation

STALE_MONTHS = 12
SORTS = {"name": "name", "checked": "last_reviewed", "asked": "last_asked"}
FILTERS = {
    "never-asked": Q(last_asked=None),
    "asked": Q(last_asked__isnull=False),
    "no-email": Q(email=""),
}


def stale_organisations(today):
    checked_before = today - relativedelta(months=STALE_MONTHS)
    return (
        Organisation.objects.live()
        .filter(Q(last_reviewed__lt=checked_before) | Q(last_reviewed=None))
        .annotate(last_asked=Max("review_requests__sent_at"))
    )


def stale_view(request):
    if not request.user.has_perm("socialmap.change_organisation"):
        raise PermissionDenied
    if request.method == "POST":
        review.send_again(
            get_object_or_404(stale_organisations(timezone.localdate()), pk=request.POST.get("send_again"))
        )
        return redirect(request.get_full_path())
    organisations = stale_organisations(timezone.localdate())
    shown = request.GET.get("filter", "")
    if shown in FILTERS:
        organisations = organisations.filter(FILTERS[shown])
    sort = request.GET.get("sort", "checked")
    organisations = organisations.order_by(SORTS.get(sort, "last_reviewed"), "name")
    page = Paginator(organisations, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "socialmap/admin/stale.html",
        {
            "page": page,
            "sort": sort,
            "shown": shown,
            "filters": [
                ("", _("All")),
                ("never-asked", _("Never asked")),
                ("asked", _("Asked")),
                ("no-email", _("No e-mail address")),
            ],
            "header_title": _("Entries to check"),
            "months": STALE_MONTHS,
        },
    )
