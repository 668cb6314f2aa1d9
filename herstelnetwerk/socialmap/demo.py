"""Demo organisations for the social map: invented, spread over the 18 municipalities, in B1 Dutch."""

from datetime import time

from django.utils.text import slugify

from herstelnetwerk.demo import child_page, is_demo, mark
from herstelnetwerk.models import Municipality, Theme

from .models import Location, OpeningHours, Organisation, Service, SocialMapPage

#: Approximate town centres, so places and markers land in the right municipality.
CENTRES = {
    "Den Helder": ("Den Helder", "52.9563", "4.7601"),
    "Texel": ("Den Burg", "53.0546", "4.7977"),
    "Schagen": ("Schagen", "52.7874", "4.7993"),
    "Hollands Kroon": ("Anna Paulowna", "52.8620", "4.8270"),
    "Enkhuizen": ("Enkhuizen", "52.7034", "5.2916"),
    "Drechterland": ("Hoogkarspel", "52.6960", "5.1760"),
    "Stede Broec": ("Bovenkarspel", "52.6960", "5.2410"),
    "Medemblik": ("Medemblik", "52.7717", "5.1057"),
    "Hoorn": ("Hoorn", "52.6424", "5.0602"),
    "Koggenland": ("De Goorn", "52.6330", "4.9510"),
    "Opmeer": ("Opmeer", "52.7070", "4.9440"),
    "Alkmaar": ("Alkmaar", "52.6324", "4.7534"),
    "Dijk en Waard": ("Heerhugowaard", "52.6700", "4.8330"),
    "Bergen": ("Bergen", "52.6690", "4.7040"),
    "Uitgeest": ("Uitgeest", "52.5290", "4.7090"),
    "Castricum": ("Castricum", "52.5480", "4.6690"),
    "Heiloo": ("Heiloo", "52.6000", "4.7000"),
}

GP_TOWNS = [
    "Alkmaar",
    "Bergen",
    "Castricum",
    "Den Helder",
    "Dijk en Waard",
    "Enkhuizen",
    "Heiloo",
    "Hoorn",
    "Medemblik",
    "Schagen",
    "Texel",
    "Hollands Kroon",
    "Opmeer",
    "Stede Broec",
    "Uitgeest",
    "Koggenland",
]

#: (name, kind, description, municipalities served ("*" is all), themes, walk-in, services)
#: A service is (name, cost, referral needed, themes).
REGIONAL = [
    (
        "Herstelcafé Noord",
        "herstel",
        "Een huiskamer waar ervaringsdeskundigen je ontvangen. Je kunt gewoon binnenlopen.",
        "*",
        ["eenzaamheid", "zingeving"],
        True,
        [
            ("Inloop met ervaringsdeskundigen", "free", False, ["eenzaamheid"]),
            ("Herstelgroep", "free", False, ["zingeving"]),
        ],
    ),
    (
        "Zelfregiecentrum De Kompas",
        "herstel",
        "Werken aan je eigen herstel, samen met mensen die weten hoe het is.",
        "*",
        ["zingeving", "somberheid"],
        True,
        [
            ("WRAP-training", "free", False, ["zingeving"]),
            ("Lotgenotengroepen", "free", False, ["somberheid", "angst"]),
        ],
    ),
    (
        "Stichting Samen Sterk",
        "welzijn",
        "Welzijnswerk voor iedereen die er even niet uitkomt: van buurtkamer tot maatje.",
        "*",
        ["eenzaamheid", "dagbesteding"],
        False,
        [("Maatjesproject", "free", False, ["eenzaamheid"]), ("Buurtkamers", "free", False, ["eenzaamheid"])],
    ),
    (
        "Welzijn aan Zee",
        "welzijn",
        "Welzijn in de kustgemeenten: ontmoeting, advies en vrijwilligerswerk.",
        ["Bergen", "Uitgeest", "Castricum", "Heiloo"],
        ["eenzaamheid", "digitalisering"],
        True,
        [("Digicafé", "free", False, ["digitalisering"]), ("Sociaal spreekuur", "free", False, ["schulden"])],
    ),
    (
        "GGZ Kustregio",
        "ggz",
        "Behandeling bij psychische klachten. Hiervoor heb je een verwijzing van je huisarts nodig.",
        "*",
        ["somberheid", "angst", "psychose"],
        False,
        [
            ("Basis-GGZ", "insurance", True, ["somberheid", "angst"]),
            ("Specialistische GGZ", "insurance", True, ["psychose"]),
        ],
    ),
    (
        "Verslavingszorg Noord",
        "ggz",
        "Hulp bij problemen met alcohol, drugs, gokken of gamen.",
        "*",
        ["verslaving"],
        False,
        [
            ("Ambulante behandeling", "insurance", True, ["verslaving"]),
            ("Anoniem inloopspreekuur", "free", False, ["verslaving"]),
        ],
    ),
    (
        "Schuldhulp Noord-Holland-Noord",
        "sociaal-team",
        "Gratis hulp bij geldzorgen en schulden, via je gemeente.",
        "*",
        ["schulden"],
        False,
        [
            ("Schuldhulpverlening", "wmo", False, ["schulden"]),
            ("Thuisadministratie met een vrijwilliger", "free", False, ["schulden"]),
        ],
    ),
    (
        "Naastenpunt",
        "herstel",
        "Steun voor familie, partners en vrienden van iemand met psychische klachten.",
        "*",
        ["naasten"],
        True,
        [
            ("Naastencafé", "free", False, ["naasten"]),
            ("Gesprek met een naastenconsulent", "free", False, ["naasten"]),
        ],
    ),
    (
        "Woonstichting Het Anker",
        "woningcorporatie",
        "Wonen met steun: een eigen huis met hulp in de buurt als dat nodig is.",
        ["Den Helder", "Schagen", "Hollands Kroon"],
        ["dagbesteding"],
        False,
        [("Begeleid wonen (Wmo)", "wmo", True, [])],
    ),
    (
        "Sportvereniging In Beweging",
        "vereniging",
        "Sporten in een groep waar iedereen welkom is, ook als het even niet gaat.",
        ["Hoorn", "Koggenland", "Opmeer"],
        ["somberheid"],
        True,
        [("Bewegen op recept", "free", False, ["somberheid", "angst"])],
    ),
    (
        "Vrijwilligerscentrale De Kop",
        "vrijwilligers",
        "Vrijwilligerswerk zoeken dat bij je past, in je eigen tempo.",
        ["Den Helder", "Texel", "Schagen", "Hollands Kroon"],
        ["dagbesteding"],
        True,
        [("Vrijwilligerswerk op maat", "free", False, ["dagbesteding"])],
    ),
    (
        "Zorgboerderij De Gaard",
        "overig",
        "Dagbesteding op de boerderij: tuinieren, dieren verzorgen, samen koken.",
        ["Medemblik", "Enkhuizen", "Drechterland", "Stede Broec"],
        ["dagbesteding"],
        False,
        [("Dagbesteding", "wmo", True, ["dagbesteding"])],
    ),
]


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
    for number, spec in enumerate(REGIONAL):
        organisation(number, *spec, themes=themes, municipalities=municipalities)
    for number, name in enumerate(sorted(CENTRES), start=len(REGIONAL)):
        local_team(number, name, themes, municipalities)
    for number, name in enumerate(GP_TOWNS, start=40):
        gp_practice(number, name, themes, municipalities)
    stdout.write(
        f"Social map: {Organisation.objects.count()} organisations, {Location.objects.count()} places."
    )


def organisation(
    number, name, kind, description, served, theme_slugs, walk_in, services, *, themes, municipalities
):
    slug = slugify(name)
    found = Organisation.objects.filter(slug=slug).first()
    if found is not None and (found.services.exists() or not is_demo(found)):
        return found  # filled in before, or the site's own: left as it is
    found = found or Organisation(slug=slug)
    created = found.pk is None
    found.name, found.kind, found.description, found.walk_in = name, kind, description, walk_in
    found.phone = f"0{72 + number % 3}-{500 + number:03d} {1000 + number * 37:04d}"
    found.email = f"info@{slug}.example"
    found.website = f"https://{slug}.example"
    found.themes = [themes[slug] for slug in theme_slugs if slug in themes]
    found.municipalities_served = (
        list(municipalities.values()) if served == "*" else [municipalities[m] for m in served]
    )
    found.services = [
        Service(
            name=service,
            cost=cost,
            referral_needed=referral,
            target_groups="Volwassenen en jongeren vanaf 16 jaar",
            description="Samen kijken wat jij nodig hebt. Je bent welkom zoals je bent.",
            themes=[themes[slug] for slug in service_themes if slug in themes],
        )
        for service, cost, referral, service_themes in services
    ]
    found.save()
    if created:
        mark(found)
    served_names = list(CENTRES) if served == "*" else served
    for offset, municipality in enumerate(served_names[:2] if served == "*" else served_names[:1]):
        place(found, municipality, municipalities, number + offset, walk_in)
    found.save_revision()
    return found


def local_team(number, municipality, themes, municipalities):
    return organisation(
        number,
        f"Sociaal wijkteam {municipality}",
        "sociaal-team",
        f"Het sociaal wijkteam helpt inwoners van {municipality} bij zorg, werk, geld en wonen. Bellen of langskomen mag.",
        [municipality],
        ["schulden", "eenzaamheid"],
        number % 2 == 0,
        [
            ("Gesprek met een wijkcoach", "free", False, ["eenzaamheid"]),
            ("Hulp uit de Wmo aanvragen", "wmo", False, []),
        ],
        themes=themes,
        municipalities=municipalities,
    )


def gp_practice(number, municipality, themes, municipalities):
    return organisation(
        number,
        f"Huisartsenpraktijk De Linde {municipality}",
        "huisarts",
        "Bij de praktijkondersteuner GGZ (POH-GGZ) kun je praten over psychische klachten. Maak een afspraak via de huisarts.",
        [municipality],
        ["somberheid", "angst"],
        False,
        [("Gesprekken met de POH-GGZ", "insurance", True, ["somberheid", "angst"])],
        themes=themes,
        municipalities=municipalities,
    )


def place(organisation, municipality, municipalities, number, walk_in):
    town, latitude, longitude = CENTRES[municipality]
    location, created = Location.objects.get_or_create(
        organisation=organisation,
        name=f"{organisation.name}, {town}",
        defaults={
            "street_address": f"{['Stationsweg', 'Dorpsstraat', 'Kerkplein', 'Westerweg'][number % 4]} {number + 2}",
            "postal_code": f"17{number:02d} AB",
            "city": town,
            "municipality": municipalities.get(municipality),
            "latitude": latitude,
            "longitude": longitude,
            "wheelchair_accessible": number % 3 != 0,
            "accessibility_notes": "Ingang aan de achterkant, met een hellingbaan."
            if number % 3 == 1
            else "",
        },
    )
    if created:
        mark(location)
        for weekday in range(5 if not walk_in else 4):
            OpeningHours.objects.create(
                location=location,
                weekday=weekday,
                opens=time(9 if weekday % 2 else 10),
                closes=time(17 if weekday != 4 else 13),
                note="inloop zonder afspraak" if walk_in and weekday in (1, 3) else "",
            )
    return location
