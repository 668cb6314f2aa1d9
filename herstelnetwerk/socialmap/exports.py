"""Open data: the map as CSV and as Open Referral HSDS 3 JSON, and the markers for the map view."""

import io

from django.http import HttpResponse, JsonResponse
from django.utils import timezone

from herstelnetwerk.models import Theme

from . import csv_io

THEME_VOCABULARY = "herstelnetwerk-thema"
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def csv_response():
    stream = io.StringIO()
    csv_io.write_csv(stream)
    response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="sociale-kaart-{timezone.localdate():%Y-%m-%d}.csv"'
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


def hsds_response(page, request):
    organisations = csv_io.export_organisations().prefetch_related(
        "services__themes", "locations__opening_hours"
    )
    data = {
        "organizations": [
            hsds_organization(page, request, organisation) for organisation in organisations.order_by("name")
        ],
        "taxonomy_terms": [
            {
                "id": f"thema-{theme.slug}",
                "code": theme.slug,
                "name": theme.name,
                "description": theme.description,
                "vocabulary": THEME_VOCABULARY,
            }
            for theme in Theme.objects.all()
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = 'inline; filename="sociale-kaart.json"'
    return response


def hsds_organization(page, request, organisation):
    return {
        "id": f"org-{organisation.slug}",
        "name": organisation.name,
        "description": organisation.description,
        "email": organisation.email or None,
        "website": organisation.website or None,
        "url": request.build_absolute_uri(page.organisation_url(organisation)),
        "phones": [{"id": f"org-{organisation.slug}-phone", "number": organisation.phone}]
        if organisation.phone
        else [],
        "services": [hsds_service(organisation, service) for service in organisation.services.all()],
        "locations": [hsds_location(place) for place in organisation.locations.all()],
        "attributes": [
            {"id": f"org-{organisation.slug}-thema-{theme.slug}", "taxonomy_term_id": f"thema-{theme.slug}"}
            for theme in organisation.themes.all()
        ],
    }


def hsds_service(organisation, service):
    return {
        "id": f"service-{service.pk}",
        "organization_id": f"org-{organisation.slug}",
        "name": service.name,
        "description": service.description,
        "status": "active",
        "fees_description": service.get_cost_display(),
        "cost_options": []
        if service.cost != "free"
        else [{"id": f"service-{service.pk}-free", "amount": 0, "currency": "EUR"}],
        "eligibility_description": service.target_groups or None,
        "application_process": "Verwijzing nodig" if service.referral_needed else "Geen verwijzing nodig",
        "attributes": [
            {"id": f"service-{service.pk}-thema-{theme.slug}", "taxonomy_term_id": f"thema-{theme.slug}"}
            for theme in service.themes.all()
        ],
    }


def hsds_location(place):
    return {
        "id": f"location-{place.pk}",
        "location_type": "physical",
        "name": place.name,
        "latitude": float(place.latitude) if place.latitude is not None else None,
        "longitude": float(place.longitude) if place.longitude is not None else None,
        "addresses": [
            {
                "id": f"location-{place.pk}-address",
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
                "id": f"location-{place.pk}-access",
                "description": place.accessibility_notes,
                "details": "wheelchair" if place.wheelchair_accessible else None,
            }
        ],
        "schedules": [
            {
                "id": f"schedule-{hours.pk}",
                "freq": "WEEKLY",
                "byday": WEEKDAY_CODES[hours.weekday],
                "opens_at": hours.opens.strftime("%H:%M"),
                "closes_at": hours.closes.strftime("%H:%M"),
                "description": hours.note or None,
            }
            for hours in place.opening_hours.all()
        ],
    }
