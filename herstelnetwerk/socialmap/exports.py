"""Open data: the map as CSV and as Open Referral HSDS 3 JSON, and the markers for the map view."""

import io
import uuid
from datetime import timedelta
from email.utils import parseaddr

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import timezone

from herstelnetwerk.csv_safety import SafeDictWriter
from herstelnetwerk.models import Theme

from . import csv_io

THEME_VOCABULARY = "herstelnetwerk-thema"
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# Fixed for good: every HSDS id is a uuid5 in this namespace, so ids never change between exports.
HSDS_NAMESPACE = uuid.UUID("6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f")
CLOSED = "Gesloten"
OTHER_HOURS = "Afwijkende openingstijden"


def csv_response():
    stream = io.StringIO()
    csv_io.write_csv(stream)
    response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="sociale-kaart-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    return response


#: HSDS ``schedules.csv`` columns the map fills, then the organisation's slug and the place's name to read it by.
SCHEDULE_COLUMNS = [
    "id",
    "location_id",
    "valid_from",
    "valid_to",
    "freq",
    "byday",
    "opens_at",
    "closes_at",
    "description",
    "notes",
    "organisation",
    "location_name",
]


def schedules_csv_response():
    """Every place's schedules as HSDS tabular ``schedules.csv``: weekly hours, exceptions and followed holidays."""
    from .models import Holiday

    organisations = csv_io.export_organisations().prefetch_related(
        "locations__opening_hours", "locations__hour_exceptions"
    )
    holidays = list(Holiday.objects.filter(ends__gte=timezone.localdate()))
    stream = io.StringIO()
    writer = SafeDictWriter(stream, fieldnames=SCHEDULE_COLUMNS, restval="")
    writer.writeheader()
    for organisation in organisations.order_by("name"):
        followed = holidays if organisation.closed_on_holidays else []
        for place in organisation.locations.all():
            for schedule in hsds_schedules(place, followed):
                writer.writerow(
                    {**compact(schedule), "organisation": organisation.slug, "location_name": place.name}
                )
    response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="sociale-kaart-openingstijden-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    return response


def markers_response(page, request):
    """The places of the organisations that match the listing's filters, for the map."""
    from .listing import SocialMapFilterForm, filtered_organisations
    from .models import Location

    filters = SocialMapFilterForm(request.GET, request=request).valid_filters()
    places = (
        Location.objects.filter(organisation__in=filtered_organisations(filters).values("pk"))
        .exclude(latitude=None)
        .exclude(longitude=None)
        .select_related("organisation")
    )
    markers = [
        {
            "name": place.organisation.name,
            "place": f"{place.street_address}, {place.city}",
            "url": page.organisation_url(place.organisation),
            "lat": float(place.latitude),
            "lng": float(place.longitude),
        }
        for place in places
    ]
    return JsonResponse({"markers": markers})


def hsds_id(*parts) -> str:
    """A stable HSDS id: the same item gets the same UUID in every export (uuid5 of a namespace and its key)."""
    return str(uuid.uuid5(HSDS_NAMESPACE, "/".join(str(part) for part in parts)))


def compact(value):
    """``value`` without empty strings, ``None`` and empty lists, at any depth: HSDS omits what it does not know."""
    if isinstance(value, dict):
        pairs = ((key, compact(item)) for key, item in value.items())
        return {key: item for key, item in pairs if item not in (None, "", [])}
    if isinstance(value, list):
        return [compact(item) for item in value]
    return value


def hsds_response(page, request):
    from .models import Holiday

    organisations = csv_io.export_organisations().prefetch_related(
        "services__themes", "locations__opening_hours", "locations__hour_exceptions"
    )
    holidays = list(Holiday.objects.filter(ends__gte=timezone.localdate()))
    data = {
        "organizations": [
            hsds_organization(page, request, organisation, holidays)
            for organisation in organisations.order_by("name")
        ],
        "taxonomy_terms": [
            {
                "id": hsds_id("taxonomy_term", theme.slug),
                "code": theme.slug,
                "name": theme.name,
                "description": theme.description,
                "vocabulary": THEME_VOCABULARY,
            }
            for theme in Theme.objects.all()
        ],
    }
    response = JsonResponse(compact(data), json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = 'inline; filename="sociale-kaart.json"'
    return response


def theme_attributes(entity, key, themes):
    return [
        {
            "id": hsds_id("attribute", entity, key, theme.slug),
            "link_id": hsds_id(entity, key),
            "link_entity": entity,
            "link_type": "theme",
            "taxonomy_term_id": hsds_id("taxonomy_term", theme.slug),
        }
        for theme in themes
    ]


def hsds_organization(page, request, organisation, holidays):
    followed = holidays if organisation.closed_on_holidays else []
    return {
        "id": hsds_id("organization", organisation.slug),
        "name": organisation.name,
        "description": organisation.description,
        "email": organisation.email,
        "website": organisation.website,
        "uri": request.build_absolute_uri(page.organisation_url(organisation)),
        "phones": [{"id": hsds_id("phone", organisation.slug), "number": organisation.phone}]
        if organisation.phone
        else [],
        "services": [hsds_service(organisation, service) for service in organisation.services.all()],
        "locations": [hsds_location(place, followed) for place in organisation.locations.all()],
        "attributes": theme_attributes("organization", organisation.slug, organisation.themes.all()),
    }


def hsds_service(organisation, service):
    key = f"{organisation.slug}/{service.pk}"
    return {
        "id": hsds_id("service", key),
        "organization_id": hsds_id("organization", organisation.slug),
        "name": service.name,
        "description": service.description,
        "status": "active",
        "fees_description": service.get_cost_display(),
        "cost_options": []
        if service.cost != "free"
        else [{"id": hsds_id("cost_option", key), "amount": 0, "currency": "EUR"}],
        "eligibility_description": service.target_groups,
        "application_process": "Verwijzing nodig" if service.referral_needed else "Geen verwijzing nodig",
        "assured_date": organisation.last_reviewed.isoformat() if organisation.last_reviewed else None,
        "assurer_email": parseaddr(settings.DEFAULT_FROM_EMAIL)[1] if organisation.last_reviewed else None,
        "attributes": theme_attributes("service", key, service.themes.all()),
    }


def hsds_location(place, holidays):
    return {
        "id": hsds_id("location", place.pk),
        "location_type": "physical",
        "name": place.name,
        "latitude": float(place.latitude) if place.latitude is not None else None,
        "longitude": float(place.longitude) if place.longitude is not None else None,
        "addresses": [
            {
                "id": hsds_id("address", place.pk),
                "location_id": hsds_id("location", place.pk),
                "address_1": place.street_address,
                "city": place.city,
                "region": place.municipality.name if place.municipality else None,
                "state_province": "Noord-Holland",
                "postal_code": place.postal_code,
                "country": "NL",
                "address_type": "physical",
            }
        ],
        "accessibility": [
            {
                "id": hsds_id("accessibility", place.pk),
                "location_id": hsds_id("location", place.pk),
                "description": place.accessibility_notes,
                "details": "wheelchair" if place.wheelchair_accessible else None,
            }
        ]
        if place.accessibility_notes or place.wheelchair_accessible
        else [],
        "schedules": hsds_schedules(place, holidays),
    }


def hsds_schedules(place, holidays):
    """Weekly hours, then exceptions and followed holidays: ``valid_from``/``valid_to``, hours or "closed"."""
    location_id = hsds_id("location", place.pk)
    weekly = [
        {
            "id": hsds_id("schedule", hours.pk),
            "location_id": location_id,
            "freq": "WEEKLY",
            "byday": WEEKDAY_CODES[hours.weekday],
            "opens_at": hours.opens.strftime("%H:%M"),
            "closes_at": hours.closes.strftime("%H:%M"),
            "description": hours.note,
        }
        for hours in place.opening_hours.all()
    ]
    exceptions = [
        {
            "id": hsds_id("schedule_exception", exception.pk),
            "location_id": location_id,
            "valid_from": exception.starts.isoformat(),
            "valid_to": exception.ends.isoformat(),
            "freq": None if exception.closed else "WEEKLY",
            "byday": None if exception.closed else days_between(exception.starts, exception.ends),
            "opens_at": None if exception.closed else exception.opens.strftime("%H:%M"),
            "closes_at": None if exception.closed else exception.closes.strftime("%H:%M"),
            "description": CLOSED if exception.closed else OTHER_HOURS,
            "notes": exception.note,
        }
        for exception in place.hour_exceptions.all()
    ]
    closed_days = [
        {
            "id": hsds_id("schedule_holiday", place.pk, holiday.pk),
            "location_id": location_id,
            "valid_from": holiday.starts.isoformat(),
            "valid_to": holiday.ends.isoformat(),
            "description": CLOSED,
            "notes": holiday.name,
        }
        for holiday in holidays
    ]
    return weekly + exceptions + closed_days


def days_between(starts, ends) -> str:
    """The weekdays from ``starts`` to ``ends`` as iCal codes ("MO,TU"), in week order."""
    count = min((ends - starts).days + 1, 7)
    weekdays = sorted({(starts + timedelta(days=n)).weekday() for n in range(count)})
    return ",".join(WEEKDAY_CODES[day] for day in weekdays)
