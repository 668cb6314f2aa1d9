"""The editors' report of stale entries: not checked in ``STALE_MONTHS`` or mail that did not arrive, with sorting,
filters and "send again"."""

from dateutil.relativedelta import relativedelta
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F, Max, OuterRef, Q, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import review
from .models import Organisation, ReviewRequest

STALE_MONTHS = 12
SORTS = {
    "name": F("name").asc(),
    "checked": F("last_reviewed").asc(nulls_first=True),
    "asked": F("last_asked").asc(nulls_first=True),
    "bounced": F("bounced_at").desc(nulls_last=True),
}
FILTERS = {
    "never-asked": Q(last_asked=None),
    "asked": Q(last_asked__isnull=False),
    "no-email": Q(email=""),
    "bounced": Q(bounced_at__isnull=False),
}


def with_bounces(organisations):
    """``bounced_at`` and ``bounce_reason``: the last review mail that did not reach the current address, if any."""
    failed = ReviewRequest.objects.filter(
        organisation=OuterRef("pk"), failed_at__isnull=False, address=OuterRef("email")
    ).order_by("-failed_at")
    return organisations.annotate(
        bounced_at=Subquery(failed.values("failed_at")[:1]),
        bounce_reason=Subquery(failed.values("failure")[:1]),
    )


def stale_organisations(today):
    """Live organisations not checked in ``STALE_MONTHS`` (or never), or whose review mail did not arrive."""
    checked_before = today - relativedelta(months=STALE_MONTHS)
    organisations = with_bounces(Organisation.objects.live()).annotate(
        last_asked=Max("review_requests__sent_at")
    )
    return organisations.filter(
        Q(last_reviewed__lt=checked_before) | Q(last_reviewed=None) | Q(bounced_at__isnull=False)
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
    organisations = organisations.order_by(SORTS.get(sort, SORTS["checked"]), "name")
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
                ("bounced", _("Mail did not arrive")),
            ],
            "header_title": _("Entries to check"),
            "months": STALE_MONTHS,
        },
    )
