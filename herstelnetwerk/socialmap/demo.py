"""Demo organisations for the social map: invented, spread over the municipalities, each with its own text.

The data is in ``demo_organisations``; this module builds it, idempotently, and changes only what the demo created.
"""

from decimal import Decimal

from django.utils.text import slugify

from herstelnetwerk.demo import child_page, is_demo, mark
from herstelnetwerk.models import Municipality, Theme

from .demo_organisations import GP, GP_PRACTICES, ORGANISATIONS, SOCIAL_TEAMS, TEAM, TOWNS
from .models import Location, OpeningHours, Organisation, Service, SocialMapPage


def build(home, stdout):
    page = child_page(
        home,
        SocialMapPage,
        "sociale-kaart",
        title="Mentaal-sociale kaart",
        intro="Welke organisaties kunnen je helpen, bij jou in de buurt? Zoek op thema, gemeente of soort hulp.",
        show_in_menus=True,
    )
    if page is None:
        return  # the site has a social map of its own
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    municipalities = {municipality.name: municipality for municipality in Municipality.objects.all()}
    specs = [*ORGANISATIONS, *map(social_team, SOCIAL_TEAMS), *map(gp_practice, GP_PRACTICES)]
    for number, spec in enumerate(specs):
        organisation(number, spec, themes, municipalities)
    stdout.write(
        f"Social map: {Organisation.objects.count()} organisations, {Location.objects.count()} places."
    )


def social_team(row):
    municipality, name, description, street, postal_code, phone = row
    return {
        "name": name,
        "kind": "sociaal-team",
        "description": description,
        "served": [municipality],
        "themes": ["schulden", "eenzaamheid"],
        "walk_in": "zonder afspraak" in description or "Langskomen" in description,
        "phone": phone,
        "places": [(municipality, street, postal_code)],
        "hours": TEAM,
        "services": [
            (
                "Gesprek met een wijkcoach",
                f"Een wijkcoach van {name.removeprefix('Sociaal wijkteam ')} luistert naar je vraag en zoekt "
                "met je uit wie kan helpen.",
                "free",
                False,
                f"Inwoners van {municipality}",
                ["eenzaamheid"],
            ),
            ("Hulp uit de Wmo aanvragen", "", "wmo", False, "", []),
        ],
    }


def gp_practice(row):
    municipality, name, description, street, postal_code, phone, nurse = row
    return {
        "name": name,
        "kind": "huisarts",
        "description": description,
        "served": [municipality],
        "themes": ["somberheid", "angst"],
        "walk_in": False,
        "phone": phone,
        "places": [(municipality, street, postal_code)],
        "hours": GP,
        "services": [
            (
                "Gesprekken met de POH-GGZ",
                nurse,
                "insurance",
                True,
                "Patiënten van de praktijk",
                ["somberheid", "angst"],
            )
        ],
    }


def organisation(number, spec, themes, municipalities):
    slug = slugify(spec["name"])
    found = Organisation.objects.filter(slug=slug).first()
    if found is not None and (found.services.exists() or not is_demo(found)):
        return found  # filled in before, or the site's own: left as it is
    found = found or Organisation(slug=slug)
    created = found.pk is None
    found.name, found.kind, found.description = spec["name"], spec["kind"], spec["description"]
    found.walk_in, found.phone = spec["walk_in"], spec["phone"]
    found.email = f"info@{slug}.example"
    found.website = f"https://www.{slug}.example"
    found.themes = [themes[key] for key in spec["themes"] if key in themes]
    served = spec["served"]
    found.municipalities_served = (
        list(municipalities.values())
        if served == "*"
        else [municipalities[name] for name in served if name in municipalities]
    )
    found.services = [
        Service(
            name=name,
            description=description,
            cost=cost,
            referral_needed=referral,
            target_groups=target,
            themes=[themes[key] for key in service_themes if key in themes],
        )
        for name, description, cost, referral, target, service_themes in spec["services"]
    ]
    found.save()
    if created:
        mark(found)
    for offset, (municipality, street, postal_code) in enumerate(spec["places"]):
        place(found, municipality, street, postal_code, municipalities, number + offset, spec["hours"])
    found.save_revision()
    return found


def place(organisation, municipality, street, postal_code, municipalities, number, hours):
    """A place of ``organisation``: near its town's centre (a few hundred metres apart), with its opening hours."""
    town, latitude, longitude = TOWNS[municipality]
    location, created = Location.objects.get_or_create(
        organisation=organisation,
        name=f"{organisation.name}, {town}",
        defaults={
            "street_address": street,
            "postal_code": postal_code,
            "city": town,
            "municipality": municipalities.get(municipality),
            "latitude": Decimal(latitude) + Decimal((number % 5) - 2) * Decimal("0.0021"),
            "longitude": Decimal(longitude) + Decimal((number % 7) - 3) * Decimal("0.0026"),
            "wheelchair_accessible": number % 4 != 1,
            "accessibility_notes": "De ingang is aan de achterkant, met een hellingbaan."
            if number % 4 == 2
            else "",
        },
    )
    if created:
        mark(location)
        for weekday, opens, closes, note in hours:
            OpeningHours.objects.create(
                location=location, weekday=weekday, opens=opens, closes=closes, note=note
            )
    return location
