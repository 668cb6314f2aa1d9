"""Everyday words: what visitors type for the themes and the kinds of help, as data shared by search and wegwijzer.

Each theme keeps its own everyday words (``Theme.everyday_words``, editable in the admin); ``THEME_WORDS`` are the
words a new site starts with (a data migration and the demo load them). The kinds of activity and organisation are
fixed choices of the core, so their words live here, next to them.
"""

from collections.abc import Iterable

from herstelnetwerk.gazetteer import fold, name_key

#: Theme slug -> the words visitors use for it (lower case; a phrase of several words is fine).
THEME_WORDS: dict[str, tuple[str, ...]] = {
    "somberheid": (
        "somber",
        "depressie",
        "depressief",
        "neerslachtig",
        "down",
        "verdriet",
        "verdrietig",
        "lusteloos",
        "geen zin",
        "donkere dagen",
        "zelfmoord",
        "zelfdoding",
        "suicidaal",
        "dood willen",
        "niet meer leven",
    ),
    "angst": (
        "angst",
        "angstig",
        "bang",
        "paniek",
        "paniekaanval",
        "spanning",
        "gespannen",
        "piekeren",
        "stress",
        "burn-out",
        "burnout",
        "overspannen",
        "onrustig",
        "fobie",
        "dwang",
    ),
    "schulden": (
        "schulden",
        "schuld",
        "geldzorgen",
        "geld",
        "rood staan",
        "rekeningen",
        "armoede",
        "rondkomen",
        "budget",
        "bewind",
        "schuldhulp",
    ),
    "naasten": (
        "naaste",
        "naasten",
        "mantelzorger",
        "mantelzorg",
        "familie",
        "partner",
        "ouders",
        "kind van",
        "broer",
        "zus",
        "vriend",
        "vriendin",
    ),
    "eenzaamheid": ("eenzaam", "eenzaamheid", "alleen zijn", "weinig contact", "geen vrienden", "isolement"),
    "psychose": (
        "psychose",
        "psychotisch",
        "stemmen horen",
        "waanbeelden",
        "schizofrenie",
        "achterdocht",
    ),
    "verslaving": (
        "verslaafd",
        "verslaving",
        "alcohol",
        "drank",
        "drinken",
        "drugs",
        "blowen",
        "gokken",
        "gamen",
        "roken",
        "cocaine",
    ),
    "zingeving": ("zingeving", "zin in het leven", "betekenis", "geloof", "levensvragen", "rouw", "verlies"),
    "digitalisering": ("digitaal", "computer", "internet", "telefoon", "digid", "online regelen"),
    "dagbesteding": (
        "dagbesteding",
        "werk",
        "baan",
        "vrijwilligerswerk",
        "iets te doen",
        "structuur",
        "re-integratie",
    ),
}

#: Activity type -> everyday words ("lotgenoten" is a peer group, "binnenlopen" a walk-in).
ACTIVITY_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "inloop": (
        "inloop",
        "inloopochtend",
        "inloopmiddag",
        "inloophuis",
        "binnenlopen",
        "binnenloop",
        "zonder afspraak",
    ),
    "lotgenotengroep": (
        "lotgenoten",
        "lotgenotengroep",
        "lotgenotencontact",
        "praatgroep",
        "gespreksgroep",
        "steungroep",
        "zelfhulpgroep",
        "herstelgroep",
        "ervaringen delen",
    ),
    "wijklunch": ("lunch", "wijklunch", "buurtlunch", "samen eten", "maaltijd", "eettafel"),
    "training": ("training", "cursus", "workshop", "herstelcursus", "wrap"),
    "buiten": ("buiten", "wandelen", "wandeling", "natuur", "tuin", "moestuin", "tuinieren", "bewegen"),
    "creatief": (
        "creatief",
        "schilderen",
        "tekenen",
        "muziek",
        "zingen",
        "knutselen",
        "handwerken",
        "schrijven",
    ),
    "informatie": ("informatie", "voorlichting", "uitleg", "informatieavond", "lezing", "psycho-educatie"),
    "online": ("online", "digitaal", "videobellen", "beeldbellen"),
}

#: Organisation kind -> everyday words.
ORGANISATION_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "ggz": ("ggz", "psycholoog", "psychiater", "behandeling", "therapie", "therapeut"),
    "welzijn": ("welzijn", "welzijnswerk", "buurthuis", "maatschappelijk werk", "ouderenwerk", "wijkcentrum"),
    "herstel": ("herstel", "zelfhulp", "ervaringsdeskundige", "ervaringsdeskundigen", "herstelacademie"),
    "huisarts": ("huisarts", "huisartsenpraktijk", "poh", "praktijkondersteuner", "dokter"),
    "sociaal-team": ("sociaal team", "wijkteam", "buurtteam", "loket", "wmo", "gemeente"),
    "woningcorporatie": ("woningcorporatie", "woning", "huurwoning", "wonen", "huur"),
    "vrijwilligers": ("vrijwilligers", "vrijwilliger", "vrijwilligerswerk", "maatje", "buddy"),
    "vereniging": ("vereniging", "sportclub", "sport", "club"),
}


def parse_words(text: str) -> tuple[str, ...]:
    """Comma-separated words as an editor types them, folded and without doubles."""
    found = []
    for part in text.split(","):
        if (phrase := " ".join(name_key(part))) and phrase not in found:
            found.append(phrase)
    return tuple(found)


def phrases_in(text: str, phrases: Iterable[str]) -> list[tuple[str, int, int]]:
    """The phrases (folded, space-separated) that occur in ``text``, as (phrase, first word, word after), longest
    first and without overlap."""
    words = name_key(fold(text))
    by_length = sorted({phrase for phrase in phrases if phrase}, key=lambda phrase: -len(name_key(phrase)))
    taken: set[int] = set()
    found = []
    for phrase in by_length:
        key = name_key(phrase)
        for start in range(len(words) - len(key) + 1):
            span = set(range(start, start + len(key)))
            if tuple(words[start : start + len(key)]) == key and not span & taken:
                taken |= span
                found.append((phrase, start, start + len(key)))
    return found
