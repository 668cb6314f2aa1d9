"""The social map's list and detail pages: filters from the query string, a fixed number of queries."""

from datetime import time

from django import forms
from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstelnetwerk import content_version, plugins
from herstelnetwerk.filters import (
    FilterForm,
    municipality_choices,
    subregion_choices,
    theme_choices,
    with_everything,
)
from herstelnetwerk.links import reachable
from herstelnetwerk.pagination import paginate

from . import nearby
from .opening import PARTS_OF_DAY, hours_on, next_date, open_organisations, status, upcoming

PER_PAGE = 20
MAX_QUERY_LENGTH = 100


class SocialMapFilterForm(FilterForm):
    q = forms.CharField(label=_("Name or word"), required=False, max_length=MAX_QUERY_LENGTH)
    subregion = forms.ChoiceField(label=_("Subregion"), required=False)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    kind = forms.ChoiceField(label=_("Kind of organisation"), required=False)
    free = forms.BooleanField(label=_("Free help"), required=False)
    walk_in = forms.BooleanField(label=_("Walk in without an appointment"), required=False)
    no_referral = forms.BooleanField(label=_("No referral needed"), required=False)
    open_now = forms.BooleanField(label=_("Open now"), required=False)
    open_day = forms.TypedChoiceField(label=_("Open on"), required=False, coerce=int, empty_value=None)
    open_part = forms.ChoiceField(label=_("Part of the day"), required=False)

    def __init__(self, *args, **kwargs):
        from .models import OrganisationKind, Weekday

        super().__init__(*args, **kwargs)
        self.fields["subregion"].choices = subregion_choices(self.request)
        self.fields["municipality"].choices = municipality_choices()
        self.fields["theme"].choices = theme_choices()
        self.fields["kind"].choices = with_everything(OrganisationKind.choices)
        self.fields["open_day"].choices = with_everything(Weekday.choices)
        self.fields["open_part"].choices = with_everything(
            (key, part[0]) for key, part in PARTS_OF_DAY.items()
        )


def filtered_organisations(filters, moment=None):
    """Organisations matching ``filters``; "open" filters are read at ``moment`` (default: now)."""
    from .models import Location, Organisation, Service

    # Conditions on places and services are subqueries (EXISTS), not joins: no duplicate rows to remove with
    # DISTINCT, so a page of 20 (or a section of 6) is read in name order without sorting every match first.
    places = Location.objects.filter(organisation=OuterRef("pk"))
    services = Service.objects.filter(organisation=OuterRef("pk"))
    served = Organisation.municipalities_served.through.objects.filter(organisation=OuterRef("pk"))
    organisations = Organisation.objects.live()
    for word in filters.get("q", "").split():
        organisations = organisations.filter(
            Q(name__icontains=word)
            | Q(description__icontains=word)
            | Exists(services.filter(name__icontains=word))
        )
    if "subregion" in filters:
        slug = filters["subregion"]
        organisations = organisations.filter(
            Exists(served.filter(municipality__subregion__slug=slug))
            | Exists(places.filter(municipality__subregion__slug=slug))
        )
    if "municipality" in filters:
        slug = filters["municipality"]
        organisations = organisations.filter(
            Exists(served.filter(municipality__slug=slug)) | Exists(places.filter(municipality__slug=slug))
        )
    if "theme" in filters:
        slug = filters["theme"]
        organisations = organisations.filter(
            Exists(Organisation.themes.through.objects.filter(organisation=OuterRef("pk"), theme__slug=slug))
            | Exists(services.filter(themes__slug=slug))
        )
    if "kind" in filters:
        organisations = organisations.filter(kind=filters["kind"])
    if filters.get("free"):
        organisations = organisations.filter(Exists(services.filter(cost="free")))
    if filters.get("walk_in"):
        organisations = organisations.filter(walk_in=True)
    if filters.get("no_referral"):
        organisations = organisations.filter(Exists(services.filter(referral_needed=False)))
    now = timezone.localtime(moment)
    if filters.get("open_now"):
        organisations = organisations.filter(open_organisations(now.date(), now.time(), now.time()))
    if "open_day" in filters:
        _label, start, end = PARTS_OF_DAY.get(filters.get("open_part"), (None, time.min, time.max))
        day = next_date(filters["open_day"], now.date())
        organisations = organisations.filter(open_organisations(day, start, end))
    return organisations.order_by("name")


def with_facts(organisations):
    """The short facts of a card (``organisation_facts``) from its services, in the same query."""
    from .models import Service

    services = Service.objects.filter(organisation=OuterRef("pk"))
    return organisations.annotate(
        offers_free_help=Exists(services.filter(cost="free")),
        offers_help_without_referral=Exists(services.filter(referral_needed=False)),
    )


def with_cards(organisations):
    """What a card shows: its facts, and the first places (municipality joined), prefetched."""
    from .models import Location

    return with_facts(organisations).prefetch_related(
        Prefetch("locations", queryset=Location.objects.select_related("municipality").order_by("name"))
    )


def listing_context(page, request):
    form = SocialMapFilterForm(request.GET or None, request=request)
    filters = form.valid_filters() if request.GET else {}
    organisations = filtered_organisations(filters)
    paginated = paginate(request, with_cards(organisations), PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "paginated": paginated,
        "organisations": paginated.page_obj,
        "filtered": bool(filters),
        "filter_query": query.urlencode(),
        "tile_url": settings.SOCIALMAP_TILE_URL,
        "tile_attribution": settings.SOCIALMAP_TILE_ATTRIBUTION,
    }


def region_holidays() -> list:
    """The region's holidays as (first, last) days: a short list that seldom changes, read once per content version
    (``herstelnetwerk/content_version.py``: a holiday is a snippet)."""
    from .models import Holiday

    return content_version.cached(
        "socialmap:holidays", lambda: list(Holiday.objects.values_list("starts", "ends"))
    )


def detail_context(page, request, slug):
    from .models import Location, Organisation

    organisation = (
        with_facts(Organisation.objects.live().filter(slug=slug))
        .prefetch_related(
            "services__themes",
            Prefetch(
                "locations",
                queryset=Location.objects.select_related("municipality").prefetch_related(
                    "opening_hours", "hour_exceptions"
                ),
            ),
        )
        .first()
    )
    if organisation is None:
        raise Http404
    with_todays_hours(organisation)
    return {
        "organisation": organisation,
        "nearby": nearby.cached(organisation),
        "sections": plugins.collect(plugins.ORGANISATION_PAGE_SECTIONS, organisation, request),
        "structured_data": organisation_json_ld(organisation, page.organisation_url(organisation), request),
    }


def with_todays_hours(organisation):
    """Each place's hours today, whether it is open now, and its upcoming exceptions."""
    now = timezone.localtime()
    holidays = region_holidays() if organisation.closed_on_holidays else []
    for place in organisation.locations.all():
        place.today = hours_on(place, now.date(), holidays)
        place.status = status(place.today, now)
        place.upcoming = upcoming(place, now.date(), holidays)


def preview_context(organisation, request):
    """The public page's context for an organisation in memory (a draft or a revision): nothing read by slug, and
    without the sections that list what is published about it."""
    from herstelnetwerk.top_pages import top_page

    from .models import SocialMapPage

    services = list(organisation.services.all())
    organisation.offers_free_help = any(service.cost == "free" for service in services)
    organisation.offers_help_without_referral = any(not service.referral_needed for service in services)
    with_todays_hours(organisation)
    page = top_page(request, SocialMapPage)
    url = page.organisation_url(organisation) if page else "/"
    return {
        "page": page,
        "organisation": organisation,
        "structured_data": organisation_json_ld(organisation, url, request),
    }


def organisation_json_ld(organisation, url, request) -> dict:
    """schema.org ``Organization``, or ``LocalBusiness`` with opening hours when it receives people."""
    places = list(organisation.locations.all())
    data = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness" if places else "Organization",
        "name": organisation.name,
        "description": organisation.description,
        "url": request.build_absolute_uri(url),
    }
    if organisation.phone:
        data["telephone"] = organisation.phone
    if reachable(organisation.email):
        data["email"] = organisation.email
    if reachable(organisation.website):
        data["sameAs"] = organisation.website
    if places:
        place = places[0]
        data.update(place.schema_org_address())
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        data["openingHoursSpecification"] = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{days[hours.weekday]}",
                "opens": hours.opens.strftime("%H:%M"),
                "closes": hours.closes.strftime("%H:%M"),
            }
            for hours in place.opening_hours.all()
        ]
    return data
