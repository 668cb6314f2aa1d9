"""One notion of relevance for every engine and content type, independent of a backend's score sign or scale.

A result is ranked in tiers, each far above the next:

1. its title is the query (a known item), or it is the page of the place the query names;
2. how many query words it matches: all of them above some of them. A word matches in the text, or by meaning: a
   kind word matches the kind ("lotgenoten" a peer group), a theme word its theme ("neerslachtig" somberheid);
3. within a tier: query words in the title, the kind and themes asked for, the municipality named, still to come
   (an activity in the past sinks), and last the backend's own order within its type.

The Elasticsearch engine expresses the same rules in its query (``search.engines.elastic``).
"""

from dataclasses import dataclass

from . import text

KNOWN_ITEM = 10_000
ALL_WORDS = 3_000
SOME_WORDS = 2_000  # times the share of words matched
TITLE_WORDS = 300  # times the share of words in the title
KIND = 150
THEME = 100
MUNICIPALITY = 60
CURRENT = 40
PAST = -400
BACKEND_ORDER = 50  # times (1 - position / number of matches) within its type


@dataclass
class Candidate:
    key: str  # type key
    pk: int
    title: str
    summary: str = ""
    kind: str = ""
    #: The backend found every query word in its text (title, body, related names).
    has_all_words: bool = False
    #: Its position in the backend's order within its type, 0 (best) to 1; 1 when not found by text.
    backend_position: float = 1.0
    has_theme: bool = False
    in_municipality: bool = False
    #: True for something still to come, False for a past activity, None for what has no date.
    current: bool | None = None
    is_place_page: bool = False


def word_forms(reading) -> list[frozenset[str]]:
    """Per query word, the spellings that count as that word: its forms that share one Snowball stem."""
    return [frozenset(text.variants(word)) for word in reading.text_words]


def score(candidate: Candidate, reading, forms: list[frozenset[str]] | None = None) -> float:
    """``forms`` (``word_forms(reading)``) once for many candidates saves stemming each of their words."""
    forms = word_forms(reading) if forms is None else forms
    title_words = set(text.words(candidate.title))
    text_words = title_words | set(text.words(candidate.summary))
    kind_matches = candidate.kind in reading.kinds.get(candidate.key, frozenset())
    matched = [
        word
        for word, spellings in zip(reading.text_words, forms, strict=True)
        if candidate.has_all_words
        or spellings & text_words
        or (kind_matches and word in reading.kind_words)
        or (candidate.has_theme and word in reading.theme_words)
    ]
    count = len(reading.text_words)
    share = len(matched) / count if count else 1.0
    in_title = sum(bool(spellings & title_words) for spellings in forms) / count if count else 0

    total = ALL_WORDS if share == 1 else SOME_WORDS * share
    if is_known_item(candidate, reading) or (reading.place_only and candidate.is_place_page):
        total += KNOWN_ITEM
    total += TITLE_WORDS * in_title
    total += KIND * kind_matches + THEME * candidate.has_theme + MUNICIPALITY * candidate.in_municipality
    if candidate.current is not None:
        total += CURRENT if candidate.current else PAST
    return total + BACKEND_ORDER * (1 - candidate.backend_position)


def is_known_item(candidate: Candidate, reading) -> bool:
    """The query is the title: the same words in the same order, stop words and punctuation aside."""
    return bool(reading.words) and tuple(text.content_words(candidate.title)) == reading.words


def rank(candidates: list[Candidate], reading) -> list[tuple[float, Candidate]]:
    forms = word_forms(reading)
    scored = [(score(candidate, reading, forms), candidate) for candidate in candidates]
    scored.sort(key=lambda entry: (-entry[0], entry[1].title, entry[1].key, entry[1].pk))
    return scored
