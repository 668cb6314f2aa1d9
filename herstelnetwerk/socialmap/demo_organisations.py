"""The demo's organisations as data: invented, each with its own text, services, place and hours (B1 Dutch).

Places are on real streets of the region's towns with invented house numbers; phone numbers use the area code of
the town (072 Alkmaar e.o., 0223 Den Helder, 0222 Texel, 0224 Schagen, 0226 Opmeer, 0227 Medemblik/Hollands Kroon,
0228 Enkhuizen e.o., 0229 Hoorn e.o., 0251 Castricum/Uitgeest) with invented numbers. E-mail and web addresses are
on the reserved ``.example`` domain, which the public pages show as plain text (``herstelnetwerk.links``).
"""

from datetime import time

#: Municipality -> (the town of its places, latitude, longitude of the town centre).
TOWNS = {
    "Den Helder": ("Den Helder", "52.9563", "4.7601"),
    "Texel": ("Den Burg", "53.0546", "4.7977"),
    "Schagen": ("Schagen", "52.7874", "4.7993"),
    "Hollands Kroon": ("Wieringerwerf", "52.8500", "5.0240"),
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


def hours(*rows):
    """Opening hours from (days, opens, closes, note) rows; ``days`` is a string of weekday digits, 0 is Monday."""
    return [
        (int(day), time(*opens), time(*closes), note) for days, opens, closes, note in rows for day in days
    ]


OFFICE = hours(("0123", (9,), (17,), ""), ("4", (9,), (12, 30), ""))
TEAM = hours(("0234", (8, 30), (16, 30), ""), ("1", (8, 30), (12,), "spreekuur zonder afspraak"))
GP = hours(("01234", (8,), (17,), ""))
CAFE = hours(("12", (10,), (16,), "inloop zonder afspraak"), ("4", (13,), (17,), "inloop zonder afspraak"))
HOUSE = hours(("0", (13,), (16,), ""), ("23", (10,), (15,), "inloop"), ("5", (11,), (14,), "zaterdaginloop"))
EVENINGS = hours(("13", (19,), (21, 30), "groepen"), ("2", (10,), (12,), "telefonisch spreekuur"))
FARM = hours(("0123", (9,), (15, 30), ""))
CLUB = hours(("1", (19,), (21,), ""), ("3", (10,), (11, 30), ""), ("5", (9,), (12,), ""))

#: Each organisation: name, kind, description, municipalities served ("*" is all), themes, walk-in, phone, its
#: places (municipality, street and number, postal code), its hours and its services (name, description, cost,
#: referral needed, for whom, themes). Slugs come from the names; a few are kept stable for links and tests.
ORGANISATIONS = [
    {
        "name": "Herstelcafé Noord",
        "kind": "herstel",
        "description": "Een huiskamer in de stad waar ervaringsdeskundigen je ontvangen met koffie. Je hoeft "
        "niets te vertellen en niets te kunnen. Veel mensen komen eerst een paar keer kijken.",
        "served": "*",
        "themes": ["eenzaamheid", "zingeving"],
        "walk_in": True,
        "phone": "0229-214 870",
        "places": [("Hoorn", "Grote Noord 44", "1621 KL"), ("Den Helder", "Spoorstraat 61", "1781 JG")],
        "hours": CAFE,
        "services": [
            (
                "Inloop met ervaringsdeskundigen",
                "Binnenlopen, een kop koffie, een gesprek als je dat wilt. Er is altijd iemand die weet hoe het "
                "is om vast te lopen.",
                "free",
                False,
                "Iedereen vanaf 18 jaar",
                ["eenzaamheid"],
            ),
            (
                "Herstelgroep op dinsdagavond",
                "Acht avonden met een vaste groep over wat jou helpt. Aanmelden kan bij de inloop.",
                "free",
                False,
                "Volwassenen",
                ["zingeving"],
            ),
        ],
    },
    {
        "name": "Zelfregiecentrum De Kompas",
        "kind": "herstel",
        "description": "Een centrum dat draait op mensen met eigen ervaring. Je werkt aan je herstel in "
        "trainingen en groepen, en je kunt er zelf vrijwilliger worden.",
        "served": "*",
        "themes": ["zingeving", "somberheid"],
        "walk_in": True,
        "phone": "072-515 3390",
        "places": [("Alkmaar", "Laat 150", "1811 EK")],
        "hours": HOUSE,
        "services": [
            (
                "WRAP-training",
                "Je maakt je eigen plan voor goede en moeilijke dagen, in zes bijeenkomsten.",
                "free",
                False,
                "Volwassenen",
                ["zingeving"],
            ),
            (
                "Lotgenotengroepen",
                "Groepen over somberheid en angst, om de week, met twee begeleiders met eigen ervaring.",
                "free",
                False,
                "Volwassenen",
                ["somberheid", "angst"],
            ),
        ],
    },
    {
        "name": "Stichting Samen Sterk",
        "kind": "welzijn",
        "description": "Welzijnswerk in West-Friesland. Van buurtkamer tot maatje: wij zoeken met je mee naar "
        "mensen en plekken in je eigen dorp.",
        "served": ["Hoorn", "Koggenland", "Opmeer", "Medemblik", "Enkhuizen", "Drechterland", "Stede Broec"],
        "themes": ["eenzaamheid", "dagbesteding"],
        "walk_in": False,
        "phone": "0229-287 115",
        "places": [("Hoorn", "Maelsonstraat 23", "1624 NP")],
        "hours": OFFICE,
        "services": [
            (
                "Maatjesproject",
                "Een vrijwilliger die een paar uur per week met je optrekt: wandelen, boodschappen, een praatje.",
                "free",
                False,
                "Volwassenen die weinig mensen om zich heen hebben",
                ["eenzaamheid"],
            ),
            (
                "Buurtkamers",
                "Huiskamers in zes dorpen, open op vaste ochtenden. Het adres krijg je aan de telefoon.",
                "free",
                False,
                "Buurtbewoners",
                ["eenzaamheid"],
            ),
        ],
    },
    {
        "name": "Welzijn aan Zee",
        "kind": "welzijn",
        "description": "Welzijn in Bergen, Uitgeest, Castricum en Heiloo. Voor advies, een digicafé, "
        "vrijwilligerswerk of gewoon een plek om mensen te ontmoeten.",
        "served": ["Bergen", "Uitgeest", "Castricum", "Heiloo"],
        "themes": ["eenzaamheid", "digitalisering"],
        "walk_in": True,
        "phone": "0251-672 040",
        "places": [("Castricum", "Dorpsstraat 64", "1901 EN"), ("Bergen", "Karel de Grotelaan 7", "1861 LE")],
        "hours": HOUSE,
        "services": [
            (
                "Digicafé",
                "Vrijwilligers helpen je met je telefoon, DigiD en afspraken maken via internet.",
                "free",
                False,
                "Iedereen, ook als je het helemaal niet kunt",
                ["digitalisering"],
            ),
            (
                "Sociaal spreekuur",
                "Een vraag over geld, wonen of zorg? Een sociaal werker zoekt het met je uit.",
                "free",
                False,
                "Inwoners van Bergen, Uitgeest, Castricum en Heiloo",
                ["schulden"],
            ),
        ],
    },
    {
        "name": "GGZ Kustregio",
        "kind": "ggz",
        "description": "Behandeling bij psychische klachten zoals depressie, angst of psychose. Je hebt een "
        "verwijzing van je huisarts nodig. Er is een wachttijd; vraag ernaar bij je aanmelding.",
        "served": "*",
        "themes": ["somberheid", "angst", "psychose"],
        "walk_in": False,
        "phone": "072-567 8100",
        "places": [("Alkmaar", "Stationsweg 46", "1815 CB"), ("Den Helder", "Middenweg 180", "1782 BL")],
        "hours": OFFICE,
        "services": [
            (
                "Basis-GGZ",
                "Korte behandeling, meestal acht tot twaalf gesprekken, bij klachten die je dagelijks leven "
                "in de weg zitten.",
                "insurance",
                True,
                "Volwassenen",
                ["somberheid", "angst"],
            ),
            (
                "Specialistische GGZ",
                "Langere behandeling bij ernstige of terugkerende klachten, ook thuis als dat nodig is.",
                "insurance",
                True,
                "Volwassenen",
                ["psychose"],
            ),
        ],
    },
    {
        "name": "Verslavingszorg Noord",
        "kind": "ggz",
        "description": "Hulp bij problemen met alcohol, drugs, gokken of gamen. Ook als je nog niet zeker weet "
        "of je wilt stoppen, kun je eerst anoniem komen praten.",
        "served": "*",
        "themes": ["verslaving"],
        "walk_in": False,
        "phone": "072-511 2290",
        "places": [("Alkmaar", "Kanaalkade 98", "1811 LT")],
        "hours": EVENINGS,
        "services": [
            (
                "Ambulante behandeling",
                "Gesprekken bij ons op kantoor of thuis, met je huisarts op de hoogte als jij dat goed vindt.",
                "insurance",
                True,
                "Vanaf 18 jaar",
                ["verslaving"],
            ),
            (
                "Anoniem inloopspreekuur",
                "Op woensdagochtend zonder naam en zonder afspraak je vraag stellen.",
                "free",
                False,
                "Iedereen, ook naasten",
                ["verslaving"],
            ),
        ],
    },
    {
        "name": "Schuldhulp Noord-Holland-Noord",
        "kind": "sociaal-team",
        "description": "Gratis hulp als je rekeningen niet meer kunt betalen. We maken samen een overzicht en "
        "praten met de mensen aan wie je geld moet geven.",
        "served": "*",
        "themes": ["schulden"],
        "walk_in": False,
        "phone": "0224-298 330",
        "places": [("Schagen", "Laan 19", "1741 EA")],
        "hours": TEAM,
        "services": [
            (
                "Schuldhulpverlening",
                "Een schuldhulpverlener gaat met je in gesprek en maakt een plan. Dit loopt via je gemeente.",
                "wmo",
                False,
                "Inwoners van Noord-Holland-Noord",
                ["schulden"],
            ),
            (
                "Thuisadministratie met een vrijwilliger",
                "Een vrijwilliger komt om de week langs om samen de post te openen en te ordenen.",
                "free",
                False,
                "Iedereen die het overzicht kwijt is",
                ["schulden"],
            ),
        ],
    },
    {
        "name": "Naastenpunt",
        "kind": "herstel",
        "description": "Voor ouders, partners, kinderen en vrienden van iemand met psychische problemen. Hier "
        "mag het over jou gaan: wat jij meemaakt en wat jij nodig hebt.",
        "served": "*",
        "themes": ["naasten"],
        "walk_in": True,
        "phone": "072-532 6615",
        "places": [("Heiloo", "Kennemerstraatweg 311", "1851 BH")],
        "hours": EVENINGS,
        "services": [
            (
                "Naastencafé",
                "Eén avond per maand praten met andere naasten, met een naastenconsulent erbij.",
                "free",
                False,
                "Familie en vrienden",
                ["naasten"],
            ),
            (
                "Gesprek met een naastenconsulent",
                "Een of meer gesprekken over jouw vragen, ook als je naaste geen hulp wil.",
                "free",
                False,
                "Familie en vrienden",
                ["naasten"],
            ),
        ],
    },
    {
        "name": "Woonstichting Het Anker",
        "kind": "woningcorporatie",
        "description": "Wonen met steun in de Kop van Noord-Holland: een eigen huis, met een begeleider die "
        "langskomt zolang dat nodig is.",
        "served": ["Den Helder", "Schagen", "Hollands Kroon"],
        "themes": ["dagbesteding"],
        "walk_in": False,
        "phone": "0223-641 905",
        "places": [("Den Helder", "Beatrixstraat 117", "1781 EP")],
        "hours": OFFICE,
        "services": [
            (
                "Begeleid wonen",
                "Een eigen woning met begeleiding aan huis, betaald uit de Wmo. Je gemeente beslist mee.",
                "wmo",
                True,
                "Volwassenen met een indicatie",
                [],
            )
        ],
    },
    {
        "name": "Sportvereniging In Beweging",
        "kind": "vereniging",
        "description": "Een sportclub waar je niet goed hoeft te zijn. Trainers weten dat het soms niet gaat, "
        "en dan ben je de week erna gewoon weer welkom.",
        "served": ["Hoorn", "Koggenland", "Opmeer"],
        "themes": ["somberheid"],
        "walk_in": True,
        "phone": "0229-233 418",
        "places": [("Koggenland", "Westerstraat 12", "1648 JB")],
        "hours": CLUB,
        "services": [
            (
                "Bewegen op recept",
                "Twaalf weken sporten in een kleine groep, op advies van je huisarts of praktijkondersteuner.",
                "free",
                False,
                "Volwassenen",
                ["somberheid", "angst"],
            )
        ],
    },
    {
        "name": "Vrijwilligerscentrale De Kop",
        "kind": "vrijwilligers",
        "description": "Zoek je vrijwilligerswerk dat past bij je tempo en je energie? We hebben een gesprek en "
        "kijken samen naar een plek, van kringloopwinkel tot dierenasiel.",
        "served": ["Den Helder", "Texel", "Schagen", "Hollands Kroon"],
        "themes": ["dagbesteding"],
        "walk_in": True,
        "phone": "0224-213 760",
        "places": [("Schagen", "Loet 11", "1741 BN")],
        "hours": TEAM,
        "services": [
            (
                "Vrijwilligerswerk op maat",
                "Een kennismaking, een proefperiode en iemand om op terug te vallen als het even niet lukt.",
                "free",
                False,
                "Iedereen vanaf 16 jaar",
                ["dagbesteding"],
            )
        ],
    },
    {
        "name": "Zorgboerderij De Gaard",
        "kind": "overig",
        "description": "Dagbesteding op een boerderij aan de dijk: de kippen voeren, in de moestuin werken en "
        "samen koken. Vaste tijden geven houvast.",
        "served": ["Medemblik", "Enkhuizen", "Drechterland", "Stede Broec"],
        "themes": ["dagbesteding"],
        "walk_in": False,
        "phone": "0227-543 216",
        "places": [("Medemblik", "Overlaet 7", "1671 GB")],
        "hours": FARM,
        "services": [
            (
                "Dagbesteding",
                "Twee tot vier dagdelen per week, met vervoer als je dat nodig hebt.",
                "wmo",
                True,
                "Volwassenen met een Wmo-indicatie",
                ["dagbesteding"],
            )
        ],
    },
]

#: The sociaal (wijk)team of each municipality: (municipality, name, description, street, postal code, phone).
SOCIAL_TEAMS = [
    (
        "Den Helder",
        "Sociaal wijkteam Den Helder",
        "Vier teams in de wijken van Den Helder en Julianadorp. Bel het algemene nummer, dan komt je vraag bij "
        "het team van jouw wijk.",
        "Drs. F. Bijlweg 20",
        "1784 MC",
        "0223-678 410",
    ),
    (
        "Texel",
        "Sociaal wijkteam Texel",
        "Eén team voor het hele eiland, met een spreekuur in Den Burg en op afspraak in de dorpen. Medewerkers "
        "komen ook bij je thuis.",
        "Emmalaan 15",
        "1791 AT",
        "0222-362 480",
    ),
    (
        "Schagen",
        "Sociaal wijkteam Schagen",
        "Hulp bij zorg, werk, geld en wonen voor inwoners van Schagen, Petten, Callantsoog en de dorpen "
        "ertussen. Langskomen mag op dinsdagochtend.",
        "Markt 18",
        "1741 BS",
        "0224-210 560",
    ),
    (
        "Hollands Kroon",
        "Sociaal wijkteam Hollands Kroon",
        "Een team met kantoren in Anna Paulowna en Wieringerwerf. Het team helpt je verder en regelt zo nodig "
        "hulp uit de Wmo.",
        "Terpstraat 7",
        "1771 AE",
        "0227-601 350",
    ),
    (
        "Enkhuizen",
        "Sociaal wijkteam Enkhuizen",
        "Klein team in de binnenstad van Enkhuizen. Je kunt binnenlopen bij het loket of een huisbezoek "
        "afspreken.",
        "Westerstraat 126",
        "1601 AL",
        "0228-351 920",
    ),
    (
        "Drechterland",
        "Sociaal wijkteam Drechterland",
        "Voor de dorpen van Drechterland, van Hoogkarspel tot Venhuizen. Het team werkt samen met de "
        "huisartsen in de dorpen.",
        "Streekweg 102",
        "1616 AJ",
        "0228-567 230",
    ),
    (
        "Stede Broec",
        "Sociaal wijkteam Stede Broec",
        "Vragen over mantelzorg, eenzaamheid of rondkomen? Het team in Bovenkarspel denkt met je mee, ook over "
        "kleine dingen.",
        "Raadhuisplein 3",
        "1611 CW",
        "0228-511 704",
    ),
    (
        "Medemblik",
        "Sociaal wijkteam Medemblik",
        "Een team voor de stad Medemblik en de dorpen van de gemeente, met spreekuren in Wognum en Abbekerk.",
        "Nieuwstraat 52",
        "1671 AK",
        "0227-542 870",
    ),
    (
        "Hoorn",
        "Sociaal wijkteam Hoorn",
        "Zes wijkteams in Hoorn. Je kunt bellen, mailen of binnenlopen bij het wijksteunpunt bij jou in de buurt.",
        "Nieuwe Steen 18",
        "1625 HV",
        "0229-252 200",
    ),
    (
        "Koggenland",
        "Sociaal wijkteam Koggenland",
        "Het team van De Goorn, Avenhorn, Obdam en de andere dorpen. Vaak kent een medewerker je dorp en de "
        "mensen die er wonen.",
        "Raadhuisstraat 5",
        "1648 AA",
        "0229-548 140",
    ),
    (
        "Opmeer",
        "Sociaal wijkteam Opmeer",
        "Een klein team voor Opmeer, Spanbroek, Hoogwoud en Aartswoud. Je belt en krijgt meestal dezelfde week "
        "iemand aan tafel.",
        "Dorpsstraat 70",
        "1716 KH",
        "0226-363 310",
    ),
    (
        "Alkmaar",
        "Sociaal wijkteam Alkmaar",
        "Wijkteams in elke wijk van Alkmaar, plus een team voor jongeren tot 23 jaar. Vind je team via het "
        "algemene nummer.",
        "Langestraat 76",
        "1811 JJ",
        "072-548 9200",
    ),
    (
        "Dijk en Waard",
        "Sociaal wijkteam Dijk en Waard",
        "Voor Heerhugowaard, Langedijk en de dorpen. Het team werkt vanuit het gemeentehuis en de "
        "wijkcentra.",
        "Middenwaard 60",
        "1703 SH",
        "072-574 1180",
    ),
    (
        "Bergen",
        "Sociaal wijkteam Bergen",
        "Een team voor Bergen, Egmond en Schoorl. Heb je moeite met reizen, dan komt een medewerker naar je toe.",
        "Oude Prinsweg 12",
        "1861 CB",
        "072-588 0640",
    ),
    (
        "Uitgeest",
        "Sociaal wijkteam Uitgeest",
        "Eén loket in het dorpshuis van Uitgeest voor alle vragen over zorg en ondersteuning.",
        "Middelweg 24",
        "1911 EG",
        "0251-318 460",
    ),
    (
        "Castricum",
        "Sociaal wijkteam Castricum",
        "Voor Castricum, Akersloot, Limmen en De Woude. Op donderdag is er een inloopspreekuur zonder afspraak.",
        "Burgemeester Mooijstraat 31",
        "1901 EV",
        "0251-658 220",
    ),
    (
        "Heiloo",
        "Sociaal wijkteam Heiloo",
        "Het team in Heiloo helpt bij vragen over zorg, werk en geld, en werkt nauw samen met Naastenpunt.",
        "Stationsweg 54",
        "1852 LN",
        "072-535 7720",
    ),
]

#: GP practices with a mental health practice nurse (POH-GGZ): (municipality, name, description, street, postal
#: code, phone, what the nurse offers).
GP_PRACTICES = [
    (
        "Alkmaar",
        "Huisartsenpraktijk Oudegracht",
        "Praktijk met drie huisartsen in de binnenstad. De praktijkondersteuner GGZ heeft ook avondspreekuur op "
        "dinsdag.",
        "Oudegracht 214",
        "1811 CR",
        "072-512 4490",
        "Tot acht gesprekken, ook op dinsdagavond.",
    ),
    (
        "Bergen",
        "Huisartsenpraktijk Het Woud",
        "Kleine praktijk aan de rand van het bos. Bel voor tien uur voor een afspraak op dezelfde dag.",
        "Breelaan 9",
        "1861 GC",
        "072-589 2031",
        "Gesprekken bij somberheid en stress, ook wandelend in het bos als je dat fijner vindt.",
    ),
    (
        "Castricum",
        "Gezondheidscentrum Duinrand",
        "Huisartsen, fysiotherapie en een POH-GGZ onder één dak, vlak bij het station.",
        "Stationsweg 8",
        "1901 AE",
        "0251-650 300",
        "Kortdurende hulp bij angst en somberheid; de POH-GGZ verwijst door als meer nodig is.",
    ),
    (
        "Den Helder",
        "Huisartsenpraktijk Nieuw Den Helder",
        "Praktijk in de wijk Nieuw Den Helder. De praktijkondersteuner GGZ spreekt ook Pools en Engels.",
        "Kanaalweg 250",
        "1784 SK",
        "0223-616 140",
        "Gesprekken in het Nederlands, Engels of Pools.",
    ),
    (
        "Dijk en Waard",
        "Gezondheidscentrum De Vaart",
        "Groot gezondheidscentrum in Heerhugowaard-Zuid met een eigen GGZ-team van twee praktijkondersteuners.",
        "Zuidtangent 145",
        "1701 ZA",
        "072-571 6600",
        "Gesprekken, ook met een online programma dat je thuis doet.",
    ),
    (
        "Enkhuizen",
        "Huisartsenpraktijk Drommedaris",
        "Praktijk met twee huisartsen bij de haven. Je kunt ook een e-consult sturen via de praktijkapp.",
        "Dijk 32",
        "1601 GK",
        "0228-312 885",
        "Gesprekken op maandag en donderdag.",
    ),
    (
        "Heiloo",
        "Huisartsenpraktijk De Loet",
        "Praktijk in het centrum van Heiloo, goed bereikbaar met de bus. Geen drempel bij de ingang.",
        "Westerweg 17",
        "1851 AC",
        "072-533 1460",
        "Gesprekken bij stress, rouw en somberheid.",
    ),
    (
        "Hoorn",
        "Huisartsenpraktijk Kersenboogerd",
        "Praktijk in de wijk Kersenboogerd. De praktijkondersteuner werkt samen met het sociaal wijkteam.",
        "Kersenboogerd 4",
        "1628 EZ",
        "0229-231 770",
        "Gesprekken, en samen met het wijkteam hulp bij geld of wonen.",
    ),
    (
        "Medemblik",
        "Huisartsenpraktijk Westerhaven",
        "Praktijk aan de haven van Medemblik. Voor jongeren tot 18 jaar is er een eigen spreekuur.",
        "Westerhaven 21",
        "1671 AA",
        "0227-541 312",
        "Gesprekken voor volwassenen en een jongerenspreekuur.",
    ),
    (
        "Schagen",
        "Huisartsenpraktijk Hoep",
        "Praktijk met vier huisartsen naast het ziekenhuis. De POH-GGZ heeft ook telefonische afspraken.",
        "Hoep 11",
        "1741 MA",
        "0224-212 615",
        "Gesprekken aan tafel of aan de telefoon.",
    ),
    (
        "Texel",
        "Huisartsenpraktijk Den Burg",
        "Praktijk midden in Den Burg. In het toeristenseizoen is het druk; bel liever in de ochtend.",
        "Parkstraat 40",
        "1791 CD",
        "0222-312 540",
        "Gesprekken, en contact met de GGZ aan de overkant als dat nodig is.",
    ),
    (
        "Hollands Kroon",
        "Huisartsenpraktijk De Wieringermeer",
        "Praktijk in Wieringerwerf voor de dorpen van de Wieringermeer. Heb je geen vervoer, vraag dan naar een "
        "huisbezoek.",
        "Dorpsstraat 33",
        "1771 AB",
        "0227-601 918",
        "Gesprekken in de praktijk of bij je thuis.",
    ),
    (
        "Opmeer",
        "Huisartsenpraktijk Spanbroek",
        "Dorpspraktijk met één huisarts en een vaste assistente. Iedereen kent elkaar, en dat mag ook fijn zijn.",
        "Dorpsstraat 121",
        "1715 EA",
        "0226-352 260",
        "Gesprekken op woensdag.",
    ),
    (
        "Stede Broec",
        "Huisartsenpraktijk Streekweg",
        "Praktijk in Bovenkarspel met een POH-GGZ voor volwassenen en een voor jongeren.",
        "Streekweg 210",
        "1611 HK",
        "0228-512 044",
        "Gesprekken voor jongeren en volwassenen, apart.",
    ),
    (
        "Uitgeest",
        "Huisartsenpraktijk Langebuurt",
        "De enige praktijk van Uitgeest, in een oud pand aan de Langebuurt. Er is een lift.",
        "Langebuurt 28",
        "1911 BM",
        "0251-312 077",
        "Gesprekken, en een wandelgroep van de praktijk op vrijdag.",
    ),
    (
        "Koggenland",
        "Huisartsenpraktijk De Kogge",
        "Praktijk in De Goorn voor Avenhorn, Berkhout en omgeving. De POH-GGZ werkt twee dagen per week.",
        "Raadhuisstraat 24",
        "1648 CA",
        "0229-541 390",
        "Gesprekken op maandag en vrijdag.",
    ),
]
