"""Typos: a query word that is no known word is replaced by the closest known word, one or two letters away.

The known words are those of the public titles and names, the places of the gazetteer, and the everyday words of the
themes and kinds: the words a visitor is likely to mean. A word is looked up through its deletions (the symmetric
delete method): "gard" and "gaard" share the deletion "gard", so the lookup never scans the whole vocabulary.
The vocabulary is built once per process and built again when content changes (``search.freshness``).
"""

from collections import defaultdict
from itertools import combinations

from herstelnetwerk import gazetteer
from herstelnetwerk.lexicon import name_key

from . import freshness, text
from .engines.base import public_objects, searchable_types, title_field

MAX_TITLES = 20_000
MIN_LENGTH = 4  # shorter words are too often a different word one letter away

_built: dict = {"version": None, "words": frozenset(), "deletions": {}}


def vocabulary() -> tuple[frozenset[str], dict[str, set[str]]]:
    """The known words and their deletion index, built once per process and content version (the index is large:
    kept in process memory, not in the shared cache)."""
    version = freshness.version()
    if _built["version"] != version:
        spellings = known_words()
        _built.update(version=version, words=spellings, deletions=deletion_index(spellings))
    return _built["words"], _built["deletions"]


def known_words() -> dict[str, str]:
    """Each known word, folded, with its spelling in the titles ("digicafe" -> "digicafé": PostgreSQL's index keeps
    accents, so a correction must too)."""
    from herstelnetwerk.models import Theme

    found = set()
    spelled: dict[str, str] = {}
    for item in searchable_types().values():
        names = public_objects(item).values_list(title_field(item.model), flat=True)[:MAX_TITLES]
        for name in names:
            for word in text.WORD.findall(str(name).lower()):
                spelled.setdefault(text.fold(word), word)
        found.update(
            word for phrases in item.kind_words.values() for phrase in phrases for word in name_key(phrase)
        )
    for municipality, (towns, _ranges) in gazetteer.MUNICIPALITIES.items():
        found.update(word for town in (municipality, *towns) for word in name_key(town))
    found.update(word for phrase in Theme.lexicon() for word in name_key(phrase))
    found.update(spelled)
    return {word: spelled.get(word, word) for word in found if not word.isdigit()}


def deletions(word: str, distance: int) -> set[str]:
    found = {word}
    for removed in range(1, distance + 1):
        found |= {
            "".join(char for index, char in enumerate(word) if index not in positions)
            for positions in combinations(range(len(word)), removed)
        }
    return found


def allowed_distance(word: str) -> int:
    return 1 if len(word) < 7 else 2


def deletion_index(words) -> dict[str, set[str]]:
    index = defaultdict(set)
    for word in words:
        if len(word) >= MIN_LENGTH:
            for deleted in deletions(word, allowed_distance(word)):
                index[deleted].add(word)
    return dict(index)


def distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (with swaps of neighbours: "gaadr" is one step from "gaard")."""
    previous_row, row = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        before, previous_row, row = previous_row, row, [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            row[j] = min(previous_row[j] + 1, row[j - 1] + 1, previous_row[j - 1] + (char_a != char_b))
            if before and i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                row[j] = min(row[j], before[j - 2] + 1)
    return row[-1]


def closest(word: str, words, index) -> str | None:
    if word in words or len(word) < MIN_LENGTH or word.isdigit() or word in text.STOPWORDS:
        return None
    limit = allowed_distance(word)
    candidates = {known for deleted in deletions(word, limit) for known in index.get(deleted, ())}
    scored = sorted(
        (distance(word, known), known) for known in candidates if known[0] == word[0] or limit > 1
    )
    scored = [(steps, known) for steps, known in scored if steps <= limit]
    return scored[0][1] if scored else None


def correct(query_text: str) -> str:
    """The query with its unknown words replaced by the closest known ones, or "" when nothing changes."""
    words, index = vocabulary()
    typed = text.words(query_text)
    corrected = [words[better] if (better := closest(word, words, index)) else word for word in typed]
    return " ".join(corrected) if [text.fold(word) for word in corrected] != typed else ""
