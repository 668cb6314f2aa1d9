"""Dutch-aware words for the database engine: normalising, a light stemmer, spelling variants, highlighting.

The database backends match whole words (SQLite FTS5) or their own stems (PostgreSQL). To let "verslaving" find
"verslaafd" and "somber" find "somberheid" on both, a query word is reduced to a stem the way Dutch stemmers do
(strip an inflection, devoice a final v/z, undouble a vowel) and expanded again into the surface forms that share
it. The Elasticsearch engine does not need this: its Dutch analyzer stems words itself.
"""

import re
import unicodedata
from itertools import zip_longest

from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"\w+", re.UNICODE)
SUFFIXES = (
    "heden",
    "heid",
    "ingen",
    "ing",
    "lijk",
    "tjes",
    "tje",
    "jes",
    "je",
    "ende",
    "end",
    "en",
    "de",
    "te",
    "es",
    "e",
    "d",
    "t",
    "s",
)
ENDINGS = ("", "e", "en", "d", "t", "de", "te", "ing", "ingen", "heid", "s")
MIN_STEM = 3
MAX_WORDS = 8
#: The database backends build one SQL clause per term: a cap keeps any query small (and out of deep recursion).
MAX_TERMS = 64
MAX_WORD_LENGTH = 40


def fold(text: str) -> str:
    """Lower case without accents: "Café" and "cafe" are the same word."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """Folded words; folding first, because one character can unfold into several words (a ligature)."""
    return [word[:MAX_WORD_LENGTH] for word in WORD.findall(fold(text))]


def stem(word: str) -> str:
    word = fold(word)
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    if word.endswith("v"):
        word = word[:-1] + "f"
    elif word.endswith("z"):
        word = word[:-1] + "s"
    return re.sub(r"([aeou])\1(?=[^aeiou]$)", r"\1", word)


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
    """The word itself and the inflected forms that share its stem."""
    found = {fold(word)}
    if len(word) > MIN_STEM:
        found |= {form + ending for form in stem_forms(stem(word)) for ending in ENDINGS}
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
