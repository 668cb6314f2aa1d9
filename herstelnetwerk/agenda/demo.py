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

#: (name, slug, kind): organisers invented for the demo (the social map's demo may describe them further).
ORGANISERS = [
    ("Herstelcafé Noord", "herstelcafe-noord", "herstel"),
    ("Stichting Samen Sterk", "stichting-samen-sterk", "welzijn"),
    ("Zelfregiecentrum De Kompas", "zelfregiecentrum-de-kompas", "herstel"),
    ("Welzijn aan Zee", "welzijn-aan-zee", "welzijn"),
]

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

#: (title, type, intro, place index or None (online only), weekday codes, recurrence, themes, free, extra)
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
        {},
    ),
    (
        "Wijklunch De Schooten",
        "wijklunch",
        "Samen eten in de buurt. Aanschuiven kan altijd.",
        0,
        ["WE"],
        "weekly",
        ["eenzaamheid"],
        False,
        {"cost": "€ 3,50 voor de lunch"},
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
        {"interval": 2},
    ),
    (
        "Inloop op Texel",
        "inloop",
        "Een warme plek op het eiland. Zonder afspraak, zonder verwijzing.",
        1,
        ["FR"],
        "weekly",
        ["eenzaamheid"],
        True,
        {},
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
        {"weeks": 8, "registration": "email", "registration_detail": "wrap@herstelnetwerk.example"},
    ),
    (
        "Wandelgroep Het Twiske",
        "buiten",
        "Elke week samen wandelen. Bewegen helpt tegen piekeren.",
        9,
        ["SA"],
        "weekly",
        ["angst", "somberheid"],
        True,
        {},
    ),
    (
        "Creatief atelier",
        "creatief",
        "Schilderen, kleien of tekenen. Je hoeft het niet te kunnen.",
        4,
        ["TH"],
        "weekly",
        ["zingeving"],
        True,
        {},
    ),
    (
        "Naastencafé",
        "lotgenotengroep",
        "Voor familie en vrienden van iemand met psychische klachten.",
        8,
        ["WE"],
        "monthly",
        ["naasten"],
        True,
        {"month_week": 1, "for_relatives": True},
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
        {},
    ),
    (
        "Spreekuur geldzaken",
        "informatie",
        "Vrijwilligers helpen je met post, rekeningen en schulden.",
        3,
        ["TU"],
        "weekly",
        ["schulden"],
        True,
        {},
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
        {},
    ),
    (
        "Herstelgroep verslaving",
        "lotgenotengroep",
        "Samen werken aan herstel van verslaving, met ervaringsdeskundigen.",
        7,
        ["TH"],
        "weekly",
        ["verslaving"],
        True,
        {"minimum_age": 18},
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
        {},
    ),
    (
        "Jongereninloop",
        "inloop",
        "Voor jongeren vanaf 12 jaar. Chillen, praten, gamen.",
        10,
        ["WE"],
        "weekly",
        ["eenzaamheid"],
        True,
        {"minimum_age": 12},
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
        {"in_days": 12, "for_relatives": True, "for_professionals": True},
    ),
    (
        "Mindfulness voor beginners",
        "training",
        "Vier avonden leren ademen en aandacht geven.",
        11,
        [],
        "once",
        ["angst"],
        False,
        {
            "in_days": 20,
            "cost": "€ 10 voor vier avonden",
            "registration": "link",
            "registration_detail": "https://welzijnaanzee.example/mindfulness",
        },
    ),
    (
        "Zingevingsgesprek",
        "lotgenotengroep",
        "Praten over wat je leven betekenis geeft, in een kleine groep.",
        4,
        ["MO"],
        "monthly",
        ["zingeving"],
        True,
        {"month_week": -1},
    ),
    (
        "Koffieochtend Wieringerwerf",
        "inloop",
        "Een kop koffie en een praatje in het ontmoetingscentrum.",
        3,
        ["FR"],
        "weekly",
        ["eenzaamheid"],
        True,
        {},
    ),
]

#: The same kinds of activity in other places, so every subregion has a full week.
REPEATS = [
    ("Inloop Den Helder", "inloop", 0, ["MO", "TH"]),
    ("Inloop Schagen", "inloop", 2, ["WE"]),
    ("Inloop Hollands Kroon", "inloop", 3, ["TU"]),
    ("Inloop Enkhuizen", "inloop", 4, ["MO"]),
    ("Inloop Medemblik", "inloop", 5, ["TH"]),
    ("Inloop Koggenland", "inloop", 7, ["WE"]),
    ("Inloop Heerhugowaard", "inloop", 9, ["TU", "FR"]),
    ("Inloop Castricum", "inloop", 10, ["TH"]),
    ("Inloop Bergen", "inloop", 11, ["WE"]),
    ("Wijklunch Hoorn", "wijklunch", 6, ["FR"]),
    ("Wijklunch Alkmaar", "wijklunch", 8, ["TU"]),
    ("Wijklunch Texel", "wijklunch", 1, ["WE"]),
    ("Wandelen langs de dijk", "buiten", 2, ["SA"]),
    ("Wandelen in de duinen", "buiten", 10, ["SU"]),
    ("Creatief café Hoorn", "creatief", 6, ["WE"]),
    ("Lotgenotengroep eenzaamheid", "lotgenotengroep", 0, ["TU"]),
    ("Lotgenotengroep Texel", "lotgenotengroep", 1, ["MO"]),
    ("Informatieochtend dagbesteding", "informatie", 7, []),
    ("Online koffie-uur", "online", None, ["FR"]),
    ("Herstelwerkplaats", "training", 9, ["TH"]),
    ("Schrijfgroep: je eigen verhaal", "creatief", 11, ["FR"]),
    ("Online informatiebijeenkomst voor naasten", "online", None, []),
]

DESCRIPTIONS = {
    "inloop": "Loop binnen wanneer het jou uitkomt. Er is koffie, thee en iemand die naar je luistert.",
    "wijklunch": "Samen eten maakt het makkelijker om mensen te leren kennen.",
    "buiten": "Naar buiten, in je eigen tempo. Goede schoenen zijn handig.",
    "creatief": "Met je handen bezig zijn en even niet met je zorgen.",
    "lotgenotengroep": "Herkenning bij anderen die hetzelfde meemaken.",
    "informatie": "Informatie en ruimte voor vragen.",
    "online": "Meedoen vanuit huis, met camera aan of uit.",
    "training": "Leren in een kleine groep, met ervaringsdeskundigen.",
}


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
    organisers = [organiser(*row) for row in ORGANISERS]
    places = [place(*row) for row in PLACES]
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    specs = list(ACTIVITIES) + [
        (title, kind, DESCRIPTIONS[kind], place_index, days, "weekly" if days else "once", [], True, {})
        for title, kind, place_index, days in REPEATS
    ]
    for number, spec in enumerate(specs):
        title = spec[0]
        child_page(
            agenda, ActivityPage, slugify(title), **activity_fields(number, spec, organisers, places, themes)
        )
    occurrences.write(ActivityPage.objects.child_of(agenda))  # also for the activities of an earlier run
    stdout.write(f"Agenda: {agenda.get_children().count()} activities.")


def organiser(name, slug, kind):
    found, created = Organisation.objects.get_or_create(slug=slug, defaults={"name": name, "kind": kind})
    return mark(found) if created else found


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
    today = timezone.localdate()
    hour = 9 + number % 10
    minute = 0 if number % 2 else 30
    fields = {
        "title": title,
        "intro": intro,
        "activity_type": kind,
        "themes": [themes[slug] for slug in theme_slugs if slug in themes],
        "organiser": organisers[number % len(organisers)],
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
        "contact_name": f"Team {places[place_index].city}" if place_index is not None else "Team online",
        "contact_email": "agenda@herstelnetwerk.example",
        **{key: value for key, value in extra.items() if key not in ("in_days", "weeks")},
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
