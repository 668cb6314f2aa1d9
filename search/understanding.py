"""What a query is about: a place, a kind of help, themes in everyday words, or a crisis; and the words left to match.

"inloop Julianadorp" becomes a walk-in (kind) in Den Helder (place); "neerslachtig" becomes the theme somberheid;
"ik wil dood" is a crisis. Both engines rank with this reading (``search.ranking``), so they agree on what a query
means. The vocabulary is the core's: the gazetteer, the themes' everyday words, the kinds' words.
"""

from dataclasses import dataclass, field

from herstelnetwerk import gazetteer
from herstelnetwerk.lexicon import phrases_in
from herstelnetwerk.models import Theme

from . import crisis, text
from .engines.base import searchable_types, subregion_labels


@dataclass(frozen=True)
class PlaceFilter:
    """A place the query names: a subregion, or a municipality (named directly or through one of its towns)."""

    label: str  # as the visitor wrote it: "Julianadorp"
    subregion_id: int
    municipality_id: int | None = None
    #: The query without the place's words, for the link that removes the place.
    text_without: str = ""


@dataclass(frozen=True)
class Reading:
    text: str  # the query as typed
    words: tuple[str, ...]  # its content words, folded
    place: PlaceFilter | None = None
    #: type key -> kind values the query asks for ("agenda.activitypage" -> {"lotgenotengroep"})
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    kind_words: frozenset[str] = frozenset()  # the query words that named a kind
    theme_ids: frozenset[int] = frozenset()
    theme_words: frozenset[str] = frozenset()  # the query words that named a theme
    #: The words still to match as text: the query without the place.
    text_words: tuple[str, ...] = ()
    crisis: bool = False
    #: The words to mark in a result: the query's, and every everyday word of the themes it names.
    marked_words: tuple[str, ...] = ()

    @property
    def place_only(self) -> bool:
        return self.place is not None and not self.text_words


def read(query_text: str, use_place: bool = True) -> Reading:
    words = tuple(text.content_words(query_text))[: text.MAX_WORDS]  # a query stays a small SQL statement
    place = find_place(query_text) if use_place else None
    place_words = set(text.words(place.label)) if place else set()
    kinds, kind_words = kinds_in(query_text)
    theme_ids, theme_words = themes_in(query_text)
    return Reading(
        text=query_text,
        words=words,
        place=place,
        kinds=kinds,
        kind_words=kind_words,
        theme_ids=theme_ids,
        theme_words=theme_words,
        text_words=tuple(word for word in words if word not in place_words),
        crisis=crisis.is_crisis(query_text),
        marked_words=words + theme_vocabulary(theme_ids),
    )


def themes_in(query_text: str) -> tuple[frozenset[int], frozenset[str]]:
    """The themes the query names in everyday words, and those words."""
    lexicon = Theme.lexicon()
    found = phrases_in(query_text, lexicon)
    return (
        frozenset(theme_id for phrase, _start, _end in found for theme_id in lexicon[phrase]),
        frozenset(word for phrase, _start, _end in found for word in gazetteer.name_key(phrase)),
    )


def theme_vocabulary(theme_ids) -> tuple[str, ...]:
    """Every word of the everyday words of these themes."""
    found = {
        word
        for phrase, ids in Theme.lexicon().items()
        if ids & theme_ids
        for word in gazetteer.name_key(phrase)
    }
    return tuple(sorted(found))


def kinds_in(query_text: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Per searchable type, the kinds the query names ("lotgenoten" -> peer group), and the words that named them."""
    kinds, words = {}, set()
    for key, item in searchable_types().items():
        by_phrase: dict[str, set[str]] = {}
        for kind, phrases in item.kind_words.items():
            for phrase in phrases:
                by_phrase.setdefault(phrase, set()).add(kind)
        if found := phrases_in(query_text, by_phrase):
            kinds[key] = frozenset(kind for phrase, _start, _end in found for kind in by_phrase[phrase])
            words.update(word for phrase, _start, _end in found for word in gazetteer.name_key(phrase))
    return kinds, frozenset(words)


def find_place(query_text: str) -> PlaceFilter | None:
    """The first place the query names: a subregion by its title, else a town or municipality from the gazetteer."""
    subregions = {
        " ".join(gazetteer.name_key(title)): (pk, title) for pk, (_slug, title) in subregion_labels().items()
    }
    for phrase, start, end in phrases_in(query_text, subregions):
        pk, title = subregions[phrase]
        municipality = gazetteer.municipality(title)
        return PlaceFilter(
            title, pk, municipality.pk if municipality else None, without(query_text, start, end)
        )
    for place in gazetteer.find_places(query_text):
        municipality = gazetteer.municipality(place.municipality)
        if municipality is not None:
            return PlaceFilter(
                place.name,
                municipality.subregion_id,
                municipality.pk,
                without(query_text, place.start, place.end),
            )
    tokens = gazetteer.name_key(query_text)
    for position, token in enumerate(tokens):
        if (name := gazetteer.municipality_for_postcode(token)) and (
            municipality := gazetteer.municipality(name)
        ):
            return PlaceFilter(
                token, municipality.subregion_id, municipality.pk, without(query_text, position, position + 1)
            )
    return None


def without(query_text: str, start: int, end: int) -> str:
    tokens = gazetteer.name_key(query_text)
    return " ".join(tokens[:start] + tokens[end:])
