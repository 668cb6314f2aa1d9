"""The gazetteer: the towns and villages of each municipality of Noord-Holland-Noord, and their postcodes, as data.

Shared vocabulary of the core (DESIGN.md): the search reads places in a query with it ("inloop Julianadorp" -> Den
Helder), the wegwijzer finds a visitor's municipality from a village or a 4-digit postcode. Municipalities are keyed by
their name, as editors enter them on the subregion pages; ``municipalities()`` resolves names to rows in one query.

Postcode ranges are the 4-digit areas (PC4) of each municipality. A few villages are also everyday Dutch words
("Winkel", "Hem", "Groet"): those are recognised only with a capital or after "in", "uit", "te", "bij" or "rond".
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext as _

#: Municipality name -> (its towns and villages, its 4-digit postcode ranges).
# fmt: off
MUNICIPALITIES: dict[str, tuple[tuple[str, ...], tuple[tuple[int, int], ...]]] = {
    "Den Helder": (("Den Helder", "Julianadorp", "Huisduinen", "De Kooy"), ((1780, 1789),)),
    "Texel": (
        ("Den Burg", "De Koog", "Oudeschild", "Oosterend", "De Cocksdorp", "Den Hoorn", "De Waal", "Oost"),
        ((1790, 1797),),
    ),
    "Schagen": (
        (
            "Schagen", "Schagerbrug", "Sint Maarten", "Sint Maartensbrug", "Sint Maartensvlotbrug",
            "Warmenhuizen", "Tuitjenhorn", "Dirkshorn", "Callantsoog", "Petten", "'t Zand", "Burgerbrug",
            "Waarland", "Eenigenburg", "Groote Keeten", "Oudesluis", "Valkkoog",
        ),
        ((1738, 1759),),
    ),
    "Hollands Kroon": (
        (
            "Anna Paulowna", "Breezand", "Wieringerwerf", "Hippolytushoef", "Den Oever", "Middenmeer",
            "Slootdorp", "Kolhorn", "Barsingerhorn", "Winkel", "Nieuwe Niedorp", "Oude Niedorp", "'t Veld",
            "Lutjewinkel", "Westerland", "Wieringen", "Haringhuizen",
        ),
        ((1730, 1737), (1760, 1779)),
    ),
    "Enkhuizen": (("Enkhuizen",), ((1600, 1602),)),
    "Drechterland": (
        (
            "Hoogkarspel", "Westwoud", "Venhuizen", "Hem", "Wijdenes", "Oosterleek", "Schellinkhout",
            "Oosterblokker",
        ),
        ((1606, 1609), (1616, 1617), (1696, 1697)),
    ),
    "Stede Broec": (("Bovenkarspel", "Grootebroek", "Lutjebroek"), ((1610, 1615),)),
    "Medemblik": (
        (
            "Medemblik", "Wervershoof", "Andijk", "Onderdijk", "Abbekerk", "Twisk", "Midwoud", "Nibbixwoud",
            "Opperdoes", "Zwaagdijk", "Lambertschaag", "Benningbroek", "Sijbekarspel", "Oostwoud", "Wognum",
            "Hauwert",
        ),
        ((1619, 1619), (1650, 1659), (1670, 1688), (1690, 1694)),
    ),
    "Hoorn": (("Hoorn", "Zwaag", "Blokker"), ((1620, 1628), (1689, 1689), (1695, 1695))),
    "Koggenland": (
        (
            "Avenhorn", "De Goorn", "Obdam", "Hensbroek", "Spierdijk", "Berkhout", "Ursem", "Scharwoude",
            "Oudendijk", "Zuidermeer",
        ),
        ((1633, 1635), (1640, 1648), (1711, 1713)),
    ),
    "Opmeer": (("Opmeer", "Spanbroek", "Hoogwoud", "Aartswoud", "De Weere"), ((1714, 1719),)),
    "Alkmaar": (
        (
            "Alkmaar", "Oudorp", "Koedijk", "Stompetoren", "Schermerhorn", "De Rijp", "Graft", "Grootschermer",
            "Oterleek", "Zuidschermer", "Driehuizen", "Markenbinnen", "West-Graftdijk", "Oost-Graftdijk",
        ),
        ((1483, 1489), (1536, 1536), (1636, 1636), (1811, 1833), (1840, 1847)),
    ),
    "Dijk en Waard": (
        (
            "Heerhugowaard", "Langedijk", "Broek op Langedijk", "Zuid-Scharwoude", "Noord-Scharwoude",
            "Oudkarspel", "Sint Pancras",
        ),
        ((1700, 1708), (1721, 1724), (1834, 1834)),
    ),
    "Bergen": (
        (
            "Bergen", "Bergen aan Zee", "Egmond", "Egmond aan Zee", "Egmond aan den Hoef", "Egmond-Binnen",
            "Schoorl", "Schoorldam", "Groet", "Camperduin", "Catrijp", "Hargen",
        ),
        ((1860, 1873), (1930, 1935)),
    ),
    "Uitgeest": (("Uitgeest",), ((1910, 1911),)),
    "Castricum": (("Castricum", "Bakkum", "Akersloot", "Limmen"), ((1900, 1902), (1906, 1906), (1920, 1921))),
    "Heiloo": (("Heiloo",), ((1850, 1852),)),
}
# fmt: on

#: Villages whose name is also an everyday word: recognised only written with a capital or after a preposition.
AMBIGUOUS = frozenset({"Hem", "Winkel", "Groet", "Petten", "Graft", "Oost", "De Waal", "Bergen"})
PREPOSITIONS = frozenset({"in", "uit", "te", "bij", "rond", "omgeving", "buurt"})

TOKEN = re.compile(r"[\w']+", re.UNICODE)
POSTCODE = re.compile(r"^(\d{4})(?:\s?[a-zA-Z]{2})?$")


def fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_key(name: str) -> tuple[str, ...]:
    """The folded words of a place name: "'t Zand" -> ("t", "zand"), "Egmond-Binnen" -> ("egmond", "binnen")."""
    return tuple(word.strip("'") for word in TOKEN.findall(fold(name).replace("-", " ")) if word.strip("'"))


@dataclass(frozen=True)
class Place:
    """A town or village, or a municipality by its own name, that a text mentions."""

    name: str
    municipality: str
    #: The positions of its words among the words of the text (``start`` included, ``end`` not).
    start: int = 0
    end: int = 0


@cache
def _names() -> dict[tuple[str, ...], tuple[str, str]]:
    """Folded name words -> (the name as written, its municipality)."""
    names = {}
    for municipality, (towns, _postcodes) in MUNICIPALITIES.items():
        for town in (municipality, *towns):
            names.setdefault(name_key(town), (town, municipality))
    return names


def longest_name() -> int:
    return max(len(key) for key in _names())


def find_places(text: str) -> list[Place]:
    """The places a text names, longest name first ("Egmond aan Zee" before "Egmond"), left to right."""
    raw = [token.strip("'") for token in TOKEN.findall(text.replace("-", " "))]
    raw = [token for token in raw if token]
    folded = [fold(token) for token in raw]
    names, found, position = _names(), [], 0
    while position < len(folded):
        for length in range(min(longest_name(), len(folded) - position), 0, -1):
            key = tuple(folded[position : position + length])
            if key in names and _meant_as_place(names[key][0], raw, folded, position):
                name, municipality = names[key]
                found.append(Place(name, municipality, position, position + length))
                position += length
                break
        else:
            position += 1
    return found


def _meant_as_place(name, raw, folded, position) -> bool:
    if name not in AMBIGUOUS:
        return True
    return raw[position][:1].isupper() or (position > 0 and folded[position - 1] in PREPOSITIONS)


def municipality_for_postcode(text: str) -> str | None:
    """The municipality of a Dutch postcode ("1781", "1781 AB"), or None outside the region."""
    if not (match := POSTCODE.match(text.strip())):
        return None
    number = int(match.group(1))
    for municipality, (_towns, ranges) in MUNICIPALITIES.items():
        if any(low <= number <= high for low, high in ranges):
            return municipality
    return None


def towns_of(municipality: str) -> tuple[str, ...]:
    return MUNICIPALITIES.get(municipality, ((), ()))[0]


def municipality(name):
    """The ``Municipality`` row of this name (with its subregion), or None: the seventeen are read once per content
    version (``content_version.py``), not once per search or wegwijzer result."""
    from herstelnetwerk import content_version
    from herstelnetwerk.models import Municipality

    def by_name():
        return {row.name: row for row in Municipality.objects.select_related("subregion")}

    return content_version.cached("gazetteer:municipalities", by_name).get(name)


#: Places on an island: Dutch says "op Texel", not "in Texel" (and "op Vlieland", "op Terschelling" ...).
ISLANDS = frozenset({"Texel"})


def in_place(name: str) -> str:
    """``name`` with the right preposition, as in "activities in Hoorn" or "activities on Texel" (op Texel)."""
    phrase = _("on %(place)s") if name in ISLANDS else _("in %(place)s")
    return phrase % {"place": name}
