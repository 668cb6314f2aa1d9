"""Demo activities: about forty, in every subregion, mostly weekly and free; invented places and organisers."""

from datetime import time, timedelta

from django.utils import timezone
from django.utils.text import slugify

from herstelnetwerk.demo import child_page, mark
from herstelnetwerk.models import Municipality, Theme
from herstelnetwerk.socialmap.models import Location, Organisation

from . import occurrences
from .models import ActivityException, ActivityPage, AgendaPage
from .recurrence import WEEKDAY_CODES

#: (municipality, place name, street, postal code, town, latitude, longitude)
PLACES = [
    ("Den Helder", "Buurthuis De Schooten", "Schootenweg 12", "1784 AB", "Den Helder", "52.9410", "4.7600"),
    ("Texel", "Dorpshuis Den Burg", "Kogerstraat 4", "1791 EN", "Den Burg", "53.0540", "4.7970"),
    ("Schagen", "Wijkcentrum Horn", "Hoep 3", "1741 MA", "Schagen", "52.7870", "4.7990"),
    (
        "Hollands Kroon",
        "Ontmoetingscentrum De Polder",
        "Dorpsstraat 20",
        "1771 CD",
        "Wieringerwerf",
        "52.8500",
        "5.0240",
    ),
    ("Enkhuizen", "Het Wapen van Enkhuizen", "Westerstraat 101", "1601 AD", "Enkhuizen", "52.7030", "5.2880"),
    ("Medemblik", "Zorgboerderij De Gaard", "Overlaet 7", "1671 GB", "Medemblik", "52.7710", "5.1050"),
    ("Hoorn", "Herstelcafé Hoorn", "Grote Noord 44", "1621 KL", "Hoorn", "52.6420", "5.0600"),
    ("Koggenland", "Dorpshuis De Kogge", "Raadhuisstraat 2", "1648 AA", "De Goorn", "52.6340", "4.9520"),
    ("Alkmaar", "Zelfregiecentrum De Kompas", "Laat 150", "1811 EK", "Alkmaar", "52.6310", "4.7450"),
    (
        "Dijk en Waard",
        "Buurtkamer Heerhugowaard",
        "Middenwaard 8",
        "1703 SC",
        "Heerhugowaard",
        "52.6650",
        "4.8300",
    ),
    (
        "Castricum",
        "Welzijn aan Zee, huiskamer",
        "Dorpsstraat 64",
        "1901 EN",
        "Castricum",
        "52.5480",
        "4.6690",
    ),
    ("Bergen", "Bibliotheek Bergen", "Karel de Grotelaan 1", "1861 LE", "Bergen", "52.6690", "4.7040"),
]

#: (title, type, intro, place index or None (online only), weekday codes, recurrence, themes, free, extra).
#: ``extra["by"]`` is the organiser's slug on the social map. Every activity has its own intro.
ACTIVITIES = [
    (
        "Inloop Herstelcafé",
        "inloop",
        "Kom binnen voor koffie en een goed gesprek met ervaringsdeskundigen.",
        6,
        ["TU", "TH"],
        "weekly",
        ["eenzaamheid", "zingeving"],
        True,
        {"by": "herstelcafe-noord"},
    ),
    (
        "Wijklunch De Schooten",
        "wijklunch",
        "Samen eten in de buurt. Aanschuiven kan altijd, ook als je niemand kent.",
        0,
        ["WE"],
        "weekly",
        ["eenzaamheid"],
        False,
        {"cost": "€ 3,50 voor de lunch", "by": "sociaal-wijkteam-den-helder"},
    ),
    (
        "Lotgenotengroep somberheid",
        "lotgenotengroep",
        "Praten met mensen die ook somber zijn. Je hoeft niets te vertellen als je dat niet wilt.",
        8,
        ["MO"],
        "weekly",
        ["somberheid"],
        True,
        {"interval": 2, "by": "zelfregiecentrum-de-kompas"},
    ),
    (
        "Inloop op Texel",
        "inloop",
        "Een warme plek op het eiland. Zonder afspraak, zonder verwijzing, met verse koffie uit de pot.",
        1,
        ["FR"],
        "weekly",
        ["eenzaamheid"],
        True,
        {"by": "sociaal-wijkteam-texel"},
    ),
    (
        "WRAP-training: werken aan je herstel",
        "training",
        "In acht bijeenkomsten maak je je eigen herstelplan (WRAP).",
        2,
        ["TU"],
        "weekly",
        ["zingeving"],
        True,
        {
            "weeks": 8,
            "registration": "phone",
            "registration_detail": "072-515 3390",
            "by": "zelfregiecentrum-de-kompas",
        },
    ),
    (
        "Wandelgroep Park van Luna",
        "buiten",
        "Elke zaterdag een uur wandelen rond het water. Bewegen helpt tegen piekeren.",
        9,
        ["SA"],
        "weekly",
        ["angst", "somberheid"],
        True,
        {"by": "sociaal-wijkteam-dijk-en-waard"},
    ),
    (
        "Creatief atelier",
        "creatief",
        "Schilderen, kleien of tekenen in een oude pakhuiszolder. Je hoeft het niet te kunnen.",
        4,
        ["TH"],
        "weekly",
        ["zingeving"],
        True,
        {"by": "stichting-samen-sterk"},
    ),
    (
        "Naastencafé",
        "lotgenotengroep",
        "Voor familie en vrienden van iemand met psychische klachten. Eén avond per maand.",
        8,
        ["WE"],
        "monthly",
        ["naasten"],
        True,
        {"month_week": 1, "for_relatives": True, "by": "naastenpunt"},
    ),
    (
        "Online lotgenotengroep angst",
        "online",
        "Via een beveiligde videoverbinding praat je met anderen die angst kennen.",
        None,
        ["MO"],
        "weekly",
        ["angst"],
        True,
        {"by": "zelfregiecentrum-de-kompas"},
    ),
    (
        "Spreekuur geldzaken",
        "informatie",
        "Vrijwilligers helpen je met post, rekeningen en schulden. Neem je brieven mee.",
        3,
        ["TU"],
        "weekly",
        ["schulden"],
        True,
        {"by": "schuldhulp-noord-holland-noord"},
    ),
    (
        "Digicafé",
        "training",
        "Hulp bij je telefoon, DigiD en online afspraken maken.",
        11,
        ["MO"],
        "weekly",
        ["digitalisering"],
        True,
        {"by": "welzijn-aan-zee"},
    ),
    (
        "Herstelgroep verslaving",
        "lotgenotengroep",
        "Samen werken aan herstel van verslaving, met ervaringsdeskundigen die zelf gestopt zijn.",
        7,
        ["TH"],
        "weekly",
        ["verslaving"],
        True,
        {"minimum_age": 18, "by": "verslavingszorg-noord"},
    ),
    (
        "Moestuin De Gaard",
        "buiten",
        "Samen tuinieren op de zorgboerderij. Werk voor je handen, rust in je hoofd.",
        5,
        ["WE", "FR"],
        "weekly",
        ["dagbesteding"],
        True,
        {"by": "zorgboerderij-de-gaard"},
    ),
    (
        "Jongereninloop",
        "inloop",
        "Voor jongeren vanaf 12 jaar. Chillen, praten, gamen, en een jongerenwerker als je iets kwijt wilt.",
        10,
        ["WE"],
        "weekly",
        ["eenzaamheid"],
        True,
        {"minimum_age": 12, "by": "welzijn-aan-zee"},
    ),
    (
        "Informatieavond psychose",
        "informatie",
        "Wat is een psychose, en wat helpt? Met een ervaringsdeskundige en een psychiater.",
        8,
        [],
        "once",
        ["psychose", "naasten"],
        True,
        {"in_days": 12, "for_relatives": True, "for_professionals": True, "by": "ggz-kustregio"},
    ),
    (
        "Mindfulness voor beginners",
        "training",
        "Vier avonden leren ademen en aandacht geven, met een trainer die het zelf nodig had.",
        11,
        [],
        "once",
        ["angst"],
        False,
        {
            "in_days": 20,
            "cost": "€ 10 voor vier avonden",
            "registration": "phone",
            "registration_detail": "072-588 0640",
            "by": "welzijn-aan-zee",
        },
    ),
    (
        "Zingevingsgesprek",
        "lotgenotengroep",
        "Praten over wat je leven betekenis geeft, in een kleine groep van hooguit zes mensen.",
        4,
        ["MO"],
        "monthly",
        ["zingeving"],
        True,
        {"month_week": -1, "by": "stichting-samen-sterk"},
    ),
    (
        "Koffieochtend Wieringerwerf",
        "inloop",
        "Een kop koffie en een praatje in het ontmoetingscentrum, met de krant op tafel.",
        3,
        ["FR"],
        "weekly",
        ["eenzaamheid"],
        True,
        {"by": "sociaal-wijkteam-hollands-kroon"},
    ),
]

#: More activities in other places, so every subregion has a full week: (title, type, intro, place index or None,
#: weekday codes (none: once), organiser's slug).
REPEATS = [
    (
        "Inloop Den Helder",
        "inloop",
        "Binnenlopen in het buurthuis, met ervaringsdeskundigen van het Herstelcafé aan de bar.",
        0,
        ["MO", "TH"],
        "herstelcafe-noord",
    ),
    (
        "Inloop Schagen",
        "inloop",
        "Een rustige ochtend in het wijkcentrum. Wie wil, doet mee met een spelletje.",
        2,
        ["WE"],
        "sociaal-wijkteam-schagen",
    ),
    (
        "Inloop Hollands Kroon",
        "inloop",
        "Koffie, thee en een luisterend oor voor de dorpen van de Wieringermeer.",
        3,
        ["TU"],
        "vrijwilligerscentrale-de-kop",
    ),
    (
        "Inloop Enkhuizen",
        "inloop",
        "Een plek in de binnenstad waar je even kunt zitten zonder dat iemand iets van je vraagt.",
        4,
        ["MO"],
        "stichting-samen-sterk",
    ),
    (
        "Inloop Medemblik",
        "inloop",
        "Op de boerderij staat op donderdag de deur open voor wie een praatje wil.",
        5,
        ["TH"],
        "zorgboerderij-de-gaard",
    ),
    (
        "Inloop Koggenland",
        "inloop",
        "Het dorpshuis is open voor iedereen die even uit huis wil. Er is soep op woensdag.",
        7,
        ["WE"],
        "sociaal-wijkteam-koggenland",
    ),
    (
        "Inloop Heerhugowaard",
        "inloop",
        "De buurtkamer in het winkelcentrum, met twee vrijwilligers en een grote tafel.",
        9,
        ["TU", "FR"],
        "sociaal-wijkteam-dijk-en-waard",
    ),
    (
        "Inloop Castricum",
        "inloop",
        "Een huiskamer dicht bij het station. Goed te bereiken als je met de trein komt.",
        10,
        ["TH"],
        "welzijn-aan-zee",
    ),
    (
        "Inloop Bergen",
        "inloop",
        "In de bibliotheek, aan de leestafel. Met een boek, de krant of een gesprek.",
        11,
        ["WE"],
        "welzijn-aan-zee",
    ),
    (
        "Wijklunch Hoorn",
        "wijklunch",
        "Vrijwilligers koken een warme lunch van wat de tuin en de markt geven.",
        6,
        ["FR"],
        "herstelcafe-noord",
    ),
    (
        "Wijklunch Alkmaar",
        "wijklunch",
        "Soep, brood en een salade met mensen uit de buurt, elke dinsdag.",
        8,
        ["TU"],
        "zelfregiecentrum-de-kompas",
    ),
    (
        "Wijklunch Texel",
        "wijklunch",
        "Aanschuiven aan de lange tafel van het dorpshuis. Eilanders en nieuwkomers door elkaar.",
        1,
        ["WE"],
        "sociaal-wijkteam-texel",
    ),
    (
        "Wandelen langs de Westfriese Omringdijk",
        "buiten",
        "Een stevige wandeling van een uur over de dijk, met koffie na afloop.",
        2,
        ["SA"],
        "sociaal-wijkteam-schagen",
    ),
    (
        "Wandelen in de duinen",
        "buiten",
        "Op zondagochtend samen de duinen in. Wie het zwaar vindt, loopt een kortere ronde.",
        10,
        ["SU"],
        "welzijn-aan-zee",
    ),
    (
        "Creatief café Hoorn",
        "creatief",
        "Breien, haken, tekenen of puzzelen: iedereen neemt iets mee, of doet mee met een ander.",
        6,
        ["WE"],
        "herstelcafe-noord",
    ),
    (
        "Lotgenotengroep eenzaamheid",
        "lotgenotengroep",
        "Een groep over je alleen voelen, ook als er mensen om je heen zijn.",
        0,
        ["TU"],
        "herstelcafe-noord",
    ),
    (
        "Lotgenotengroep Texel",
        "lotgenotengroep",
        "Op een eiland kent iedereen elkaar. In deze groep spreek je af wat in de groep blijft.",
        1,
        ["MO"],
        "sociaal-wijkteam-texel",
    ),
    (
        "Informatieochtend dagbesteding",
        "informatie",
        "Welke vormen van dagbesteding zijn er, en hoe vraag je die aan? Met tijd voor je eigen vragen.",
        7,
        [],
        "zorgboerderij-de-gaard",
    ),
    (
        "Online koffie-uur",
        "online",
        "Op vrijdagochtend een uur kletsen via de computer, met camera aan of uit.",
        None,
        ["FR"],
        "herstelcafe-noord",
    ),
    (
        "Herstelwerkplaats",
        "training",
        "Vijf ochtenden werken aan een doel dat jij kiest: een opleiding, vrijwilligerswerk of een hobby.",
        9,
        ["TH"],
        "zelfregiecentrum-de-kompas",
    ),
    (
        "Schrijfgroep: je eigen verhaal",
        "creatief",
        "Schrijven over wat je hebt meegemaakt, met korte opdrachten. Voorlezen mag, hoeft niet.",
        11,
        ["FR"],
        "welzijn-aan-zee",
    ),
    (
        "Online informatiebijeenkomst voor naasten",
        "online",
        "Een avond via video over omgaan met een naaste die psychisch ziek is. Vragen stellen kan in de chat.",
        None,
        [],
        "naastenpunt",
    ),
]


#: When each kind of activity usually starts: a lunch at noon, groups and trainings often in the evening.
START_HOURS = {
    "inloop": (10, 13, 9, 14),
    "wijklunch": (12,),
    "buiten": (10, 9),
    "creatief": (13, 19, 10),
    "lotgenotengroep": (19, 14, 20),
    "informatie": (19, 10),
    "online": (20, 10, 19),
    "training": (19, 13, 9),
}

#: First names of the (invented) people to ask about an activity.
CONTACTS = [
    "Ria",
    "Mohamed",
    "Joke",
    "Peter",
    "Fatma",
    "Kees",
    "Anouk",
    "Sjaak",
    "Yvonne",
    "Dennis",
    "Marieke",
]


def build(home, stdout):
    agenda = child_page(
        home,
        AgendaPage,
        "agenda",
        title="Mentale agenda",
        intro="Inloop, lotgenotengroepen, wijklunches en trainingen bij jou in de buurt. Bijna alles is gratis.",
        show_in_menus=True,
    )
    if agenda is None:
        return  # the site has an agenda of its own
    places = [place(*row) for row in PLACES]
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    specs = list(ACTIVITIES) + [
        (title, kind, intro, place_index, days, "weekly" if days else "once", [], True, {"by": by})
        for title, kind, intro, place_index, days, by in REPEATS
    ]
    # The social map's demo made the organisers; a site with a map of its own keeps it: then nobody organises.
    organisers = Organisation.objects.in_bulk([spec[-1]["by"] for spec in specs], field_name="slug")
    for number, spec in enumerate(specs):
        title = spec[0]
        child_page(
            agenda, ActivityPage, slugify(title), **activity_fields(number, spec, organisers, places, themes)
        )
    occurrences.write(ActivityPage.objects.child_of(agenda))  # also for the activities of an earlier run
    stdout.write(f"Agenda: {agenda.get_children().count()} activities.")


def place(municipality, name, street, postal_code, city, latitude, longitude):
    found, created = Location.objects.get_or_create(
        name=name,
        city=city,
        defaults={
            "street_address": street,
            "postal_code": postal_code,
            "municipality": Municipality.objects.filter(name=municipality).first(),
            "latitude": latitude,
            "longitude": longitude,
            "wheelchair_accessible": len(name) % 2 == 0,
        },
    )
    return mark(found) if created else found


def activity_fields(number, spec, organisers, places, themes):
    """The fields of one demo activity; times, dates and exceptions vary with its number, relative to today."""
    title, kind, intro, place_index, days, recurrence, theme_slugs, free, extra = spec
    organiser = organisers.get(extra["by"])
    today = timezone.localdate()
    choices = START_HOURS[kind]
    hour = choices[number % len(choices)]
    minute = 0 if number % 2 or kind == "wijklunch" else 30
    fields = {
        "title": title,
        "intro": intro,
        "activity_type": kind,
        "themes": [themes[slug] for slug in theme_slugs if slug in themes],
        "organiser": organiser,
        "location": places[place_index] if place_index is not None else None,
        "online_url": ""
        if place_index is not None
        else f"https://meet.herstelnetwerk.example/{slugify(title)}",
        "start_date": today - timedelta(days=60),
        "start_time": time(hour, minute),
        "end_time": time(hour + 2, minute),
        "recurrence": recurrence,
        "weekdays": days,
        "is_free": free,
        "accessibility_notes": "Er is een lift en een invalidetoilet." if number % 3 == 0 else "",
        "contact_name": CONTACTS[number % len(CONTACTS)],
        "contact_phone": organiser.phone if organiser else "",
        **{key: value for key, value in extra.items() if key not in ("in_days", "weeks", "by")},
    }
    if recurrence == "once":
        fields["start_date"] = today + timedelta(days=extra.get("in_days", 5 + number % 20))
    if "weeks" in extra:
        fields["start_date"] = today - timedelta(days=7)
        fields["end_date"] = today + timedelta(weeks=extra["weeks"] - 1)
    if recurrence == "monthly":
        fields.setdefault("month_week", 1)
    if recurrence == "weekly" and number % 4 == 0:
        holiday = next_weekday(today, days[0]) + timedelta(weeks=1)
        fields["exceptions"] = [
            ActivityException(date=holiday, note="Vervalt: de vrijwilligers zijn op vakantie.")
        ]
    return fields


def next_weekday(today, code):
    return today + timedelta(days=(WEEKDAY_CODES.index(code) - today.weekday()) % 7)
