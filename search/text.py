"""Dutch-aware words for the database engine: normalising, Snowball stems, inflected forms, highlighting.

The stems come from the Snowball Dutch stemmer (the classic one, ``dutch_porter``): PostgreSQL's ``dutch`` text search
configuration and Elasticsearch's ``dutch`` analyzer use the same algorithm, so the three engines agree on which words
are one word. SQLite's full-text index matches whole words, so there a query word is expanded into the inflected forms
that share its Snowball stem ("wandeling" -> "wandelen", "wandelingen").
"""

import re
from functools import lru_cache
from itertools import zip_longest

import snowballstemmer
from django.utils.html import escape
from django.utils.safestring import mark_safe

from herstelnetwerk.gazetteer import fold

WORD = re.compile(r"\w+", re.UNICODE)
#: Endings that make Dutch inflections and derivations of a stem; a form is kept only if Snowball agrees.
ENDINGS = ("", "e", "en", "d", "t", "de", "te", "ing", "ingen", "heid", "s", "er")
VOWELS = frozenset("aeiou")
MIN_STEM = 3
MAX_WORDS = 8
#: The database backends build one SQL clause per term: a cap keeps any query small (and out of deep recursion).
MAX_TERMS = 64
MAX_WORD_LENGTH = 40
#: Words that say nothing about what is looked for: they never have to match.
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "in",
        "op",
        "te",
        "ten",
        "ter",
        "van",
        "voor",
        "met",
        "bij",
        "aan",
        "om",
        "uit",
        "naar",
        "over",
        "door",
        "tot",
        "als",
        "dan",
        "dat",
        "die",
        "dit",
        "er",
        "is",
        "zijn",
        "ben",
        "was",
        "wat",
        "wie",
        "waar",
        "hoe",
        "ik",
        "je",
        "jij",
        "u",
        "we",
        "wij",
        "ze",
        "zij",
        "mijn",
        "me",
        "mij",
        "ook",
        "nog",
        "wel",
        "niet",
        "geen",
        "iets",
        "heel",
        "erg",
        "veel",
        "meer",
        "kan",
        "kun",
        "wil",
        "wilt",
        "zoek",
        "zoeken",
        "hulp",
    ]
)

_stemmer = snowballstemmer.stemmer("dutch_porter")


def words(text: str) -> list[str]:
    """Folded words; folding first, because one character can unfold into several words (a ligature)."""
    return [word[:MAX_WORD_LENGTH] for word in WORD.findall(fold(text))]


def content_words(text: str) -> list[str]:
    """The words of a query that must be found: without stop words, unless it is all stop words."""
    found = words(text)
    return [word for word in found if word not in STOPWORDS] or found


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(fold(word))


def stem_forms(stemmed: str) -> set[str]:
    """Surface forms of a stem: with a doubled vowel and a voiced ending where Dutch spelling has them."""
    forms = {stemmed}
    single_vowel = re.search(r"([^aeiou])([aeou])([^aeiou])$", stemmed)
    if single_vowel:
        forms.add(
            stemmed[: single_vowel.start(2)] + single_vowel.group(2) * 2 + stemmed[single_vowel.end(2) :]
        )
    for form in list(forms):
        if form.endswith("f"):
            forms.add(form[:-1] + "v")
        if form.endswith("s"):
            forms.add(form[:-1] + "z")
    return forms


def variants(word: str) -> set[str]:
    """The word itself and the inflected forms that share its Snowball stem; a doubled vowel only where the
    syllable stays closed ("loop", "loopt", never "loopen")."""
    word = fold(word)
    found = {word}
    if len(word) > MIN_STEM:
        root = stem(word)
        for form in stem_forms(root):
            doubled = re.search(r"([aeou])\1[^aeiou]$", form) is not None
            for ending in ENDINGS:
                if doubled and ending[:1] in VOWELS:
                    continue
                if stem(candidate := form + ending) == root:
                    found.add(candidate)
    return found


def expand(text: str, synonyms: dict[str, set[str]]) -> list[str]:
    """The words to look for: each query word and its synonyms first, then their inflected forms, in turns."""
    terms: list[str] = []
    for word in words(text)[:MAX_WORDS]:
        for term in sorted({word} | synonyms.get(word, set()) | synonyms.get(stem(word), set())):
            if term not in terms:
                terms.append(term)
    found = list(terms)
    forms = [sorted(variants(term) - {term}) for term in terms]
    for round_of_forms in zip_longest(*forms):
        found += [form for form in round_of_forms if form and form not in found]
    return found[:MAX_TERMS]


def highlight(text: str, query_words: list[str], length: int = 240) -> str:
    """``text`` (shortened around the first match) with words sharing a stem with the query in ``<mark>``."""
    stems = {stem(word) for word in query_words}
    tokens = re.split(r"(\w+)", text)
    first = next((i for i, token in enumerate(tokens) if token and stem(token) in stems), None)
    start = 0 if first is None else max(0, len("".join(tokens[:first])) - length // 3)
    shown = text[start : start + length]
    if start:
        shown = "… " + shown.split(" ", 1)[-1]
    if start + length < len(text):
        shown = shown.rsplit(" ", 1)[0] + " …"
    parts = re.split(r"(\w+)", shown)
    return mark_safe(
        "".join(
            f"<mark>{escape(part)}</mark>" if part and stem(part) in stems else escape(part) for part in parts
        )
    )
