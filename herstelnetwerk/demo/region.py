"""The region: seven subregions (deelregio's) of Noord-Holland-Noord and their municipalities.

Municipalities are the real ones: seventeen since Heerhugowaard and Langedijk merged into Dijk en Waard in 2022 (the
region's older reports count eighteen). Every organisation, person and story elsewhere in the demo is invented.
"""

SUBREGIONS = [
    {
        "title": "Den Helder",
        "slug": "den-helder",
        "intro": "Steun dichtbij in Den Helder: inloop, lotgenoten en buurtactiviteiten.",
        "municipalities": ["Den Helder"],
    },
    {
        "title": "Texel",
        "slug": "texel",
        "intro": "Op het eiland kennen mensen elkaar. Hier vind je steun en ontmoeting op Texel.",
        "municipalities": ["Texel"],
    },
    {
        "title": "Kop van Noord-Holland",
        "slug": "kop-van-noord-holland",
        "intro": "Activiteiten en hulp in Schagen en Hollands Kroon.",
        "municipalities": ["Schagen", "Hollands Kroon"],
    },
    {
        "title": "West-Friesland Oost",
        "slug": "west-friesland-oost",
        "intro": "Van Enkhuizen tot Medemblik: samen sterker, dichtbij huis.",
        "municipalities": ["Enkhuizen", "Drechterland", "Stede Broec", "Medemblik"],
    },
    {
        "title": "West-Friesland West",
        "slug": "west-friesland-west",
        "intro": "Hoorn, Koggenland en Opmeer: inloop, groepen en ervaringsdeskundigen.",
        "municipalities": ["Hoorn", "Koggenland", "Opmeer"],
    },
    {
        "title": "Alkmaar en Dijk en Waard",
        "slug": "alkmaar-dijk-en-waard",
        "intro": "Het grootste aanbod van de regio, in de stad en in de dorpen eromheen.",
        "municipalities": ["Alkmaar", "Dijk en Waard"],
    },
    {
        "title": "BUCH",
        "slug": "buch",
        "intro": "Bergen, Uitgeest, Castricum en Heiloo: welzijn en herstel aan de kust.",
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
