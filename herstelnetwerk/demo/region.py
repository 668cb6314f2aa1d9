"""The region: seven subregions (deelregio's) of Noord-Holland-Noord and their municipalities.

Municipalities are the real ones: seventeen since Heerhugowaard and Langedijk merged into Dijk en Waard in 2022 (the
region's older reports count eighteen). Every organisation, person and story elsewhere in the demo is invented.
"""

SUBREGIONS = [
    {
        "title": "Den Helder",
        "slug": "den-helder",
        "body": [
            "Den Helder is een stad aan zee met een marinehaven, en met wijken waar mensen elkaar goed kennen. Hier vind je inloop in de buurthuizen, lotgenotengroepen en een herstelcafé aan de Spoorstraat.",
            "Twijfel je waar je moet beginnen? Bel het sociaal wijkteam: zij weten wat er in jouw wijk is.",
        ],
        "intro": "Steun dichtbij in Den Helder: inloop, lotgenoten en buurtactiviteiten.",
        "municipalities": ["Den Helder"],
    },
    {
        "title": "Texel",
        "slug": "texel",
        "body": [
            "Op Texel kennen veel mensen elkaar. Dat is fijn, maar het kan ook een drempel zijn om hulp te vragen. De inloop in Den Burg is een plek waar je zonder afspraak terecht kunt.",
            "Sommige hulp zit aan de overkant. Het sociaal wijkteam helpt je op weg, ook met de boot.",
        ],
        "intro": "Op het eiland kennen mensen elkaar. Hier vind je steun en ontmoeting op Texel.",
        "municipalities": ["Texel"],
    },
    {
        "title": "Kop van Noord-Holland",
        "slug": "kop-van-noord-holland",
        "body": [
            "Schagen en Hollands Kroon zijn groot en de dorpen liggen ver uit elkaar. Daarom is er inloop in Schagen en in Wieringerwerf, en kun je ook online meedoen.",
            "Heb je geen vervoer? Vraag het sociaal wijkteam naar de mogelijkheden.",
        ],
        "intro": "Activiteiten en hulp in Schagen en Hollands Kroon.",
        "municipalities": ["Schagen", "Hollands Kroon"],
    },
    {
        "title": "West-Friesland Oost",
        "slug": "west-friesland-oost",
        "body": [
            "Van Enkhuizen tot Medemblik: een creatief atelier in een oud pakhuis, een zorgboerderij aan de dijk en inloop in de stad.",
            "De vier gemeenten werken samen. Woon je in een dorp, dan kun je ook in de stad ernaast terecht.",
        ],
        "intro": "Van Enkhuizen tot Medemblik: samen sterker, dichtbij huis.",
        "municipalities": ["Enkhuizen", "Drechterland", "Stede Broec", "Medemblik"],
    },
    {
        "title": "West-Friesland West",
        "slug": "west-friesland-west",
        "body": [
            "In Hoorn, Koggenland en Opmeer vind je het herstelcafé aan het Grote Noord, een sportclub waar je niet goed hoeft te zijn en inloop in de dorpshuizen.",
            "Loop gewoon eens binnen, of bel eerst als je dat fijner vindt.",
        ],
        "intro": "Hoorn, Koggenland en Opmeer: inloop, groepen en ervaringsdeskundigen.",
        "municipalities": ["Hoorn", "Koggenland", "Opmeer"],
    },
    {
        "title": "Alkmaar en Dijk en Waard",
        "slug": "alkmaar-dijk-en-waard",
        "body": [
            "In Alkmaar en Dijk en Waard is het meeste aanbod van de regio: het zelfregiecentrum aan het Laat, lotgenotengroepen, wijklunches en trainingen.",
            "Zoveel keus kan ook lastig zijn. De wegwijzer helpt je met een paar korte vragen.",
        ],
        "intro": "Het grootste aanbod van de regio, in de stad en in de dorpen eromheen.",
        "municipalities": ["Alkmaar", "Dijk en Waard"],
    },
    {
        "title": "Bergen, Uitgeest, Castricum en Heiloo (BUCH)",
        "slug": "buch",
        "body": [
            "BUCH staat voor Bergen, Uitgeest, Castricum en Heiloo. Deze vier gemeenten aan de kust werken samen, ook in zorg en welzijn.",
            "Welzijn aan Zee heeft huiskamers in Castricum en Bergen, en in de duinen wandelen we elke zondag samen.",
        ],
        "intro": "Welzijn en herstel aan de kust, in de vier BUCH-gemeenten.",
        "municipalities": ["Bergen", "Uitgeest", "Castricum", "Heiloo"],
    },
]

THEMES = [
    ("Eenzaamheid", "eenzaamheid", "Je alleen voelen, weinig contact met anderen."),
    ("Somberheid", "somberheid", "Je neerslachtig of depressief voelen."),
    ("Angst en spanning", "angst", "Piekeren, paniek, spanning in je lijf."),
    ("Verslaving", "verslaving", "Alcohol, drugs, gokken of gamen."),
    ("Psychose", "psychose", "Dingen zien, horen of denken die anderen niet ervaren."),
    ("Zingeving", "zingeving", "Wat geeft je leven betekenis?"),
    ("Geldzorgen en schulden", "schulden", "Rondkomen, schulden, hulp bij geldzaken."),
    ("Naasten", "naasten", "Voor familie, partners en vrienden."),
    ("Digitale vaardigheden", "digitalisering", "Meedoen als alles online gaat."),
    ("Werk en dagbesteding", "dagbesteding", "Een zinvolle invulling van je dag."),
]
