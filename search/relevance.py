"""The judged query set: what a visitor types, and which results are right, computed from the content's own fields.

The judgments come from structured data (type, kind, place, themes, title), never from demo titles, so the set grows
with the content and holds for any region. Kinds of query, each with its target (``TARGETS``):

- ``known item``: a title, exactly as written -> that object first;
- ``known item, typo``: a title with one letter of its longest word changed -> that object in the top 3;
- ``kind + place``: an everyday word for a kind and a municipality ("inloop Den Helder") -> something of that kind
  in that subregion in the top 3;
- ``kind``: the everyday word alone ("lotgenoten") -> something of that kind in the top 3;
- ``everyday word``: a word of a theme's lexicon ("neerslachtig") -> something with that theme in the top 3;
- ``place``: a municipality or a village ("Julianadorp") -> its subregion page in the top 3.

``bench/relevance.py`` prints the figures; the tests hold them to the targets on SQLite and PostgreSQL, and the
Elasticsearch integration test runs the same set against a real cluster.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.test import RequestFactory

from herstelnetwerk import gazetteer
from herstelnetwerk.models import Municipality, SubregionPage, Theme

from .engines.base import SearchQuery, public_objects, searchable_types, title, title_field

#: kind of query -> (measure, minimum)
TARGETS = {
    "known item": ("success@1", 0.95),
    "known item, typo": ("success@3", 0.9),
    "kind + place": ("success@3", 0.9),
    "kind": ("success@3", 0.9),
    "everyday word": ("success@3", 0.9),
    "place": ("success@3", 0.9),
}
MAX_PER_KIND = 60
DEPTH = 10


@dataclass(frozen=True)
class Judgment:
    kind: str
    text: str
    relevant: frozenset[tuple[str, str]]  # (type label, title) pairs that are right answers


def judged_queries() -> list[Judgment]:
    return [
        *known_items(),
        *known_items_with_a_typo(),
        *kinds_and_places(),
        *everyday_words(),
        *places(),
    ]


def sample_objects():
    for item in searchable_types().values():
        for obj in public_objects(item).order_by(title_field(item.model))[:MAX_PER_KIND]:
            yield item, obj


def known_items():
    for item, obj in sample_objects():
        yield Judgment("known item", title(obj), frozenset({(str(item.label), title(obj))}))


def with_a_typo(text: str) -> str:
    """The text with the middle two letters of its longest word swapped (or, if those are equal, one left out)."""
    words = text.split()
    longest = max(range(len(words)), key=lambda index: len(words[index]))
    word = words[longest]
    middle = len(word) // 2
    if len(word) < 6:
        return ""
    changed = (
        word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]
        if word[middle] != word[middle - 1]
        else word[:middle] + word[middle + 1 :]
    )
    return " ".join([*words[:longest], changed, *words[longest + 1 :]])


def known_items_with_a_typo():
    for item, obj in sample_objects():
        if typed := with_a_typo(title(obj)):
            yield Judgment("known item, typo", typed, frozenset({(str(item.label), title(obj))}))


def kinds_and_places():
    """Per type with kinds: each kind's first everyday word, alone and with each municipality where it occurs."""
    municipalities = {
        pk: (name, subregion)
        for pk, name, subregion in Municipality.objects.values_list("pk", "name", "subregion")
    }
    for item in searchable_types().values():
        if not item.kind_field or not item.subregion_lookup or not item.municipality_lookup:
            continue
        by_kind, by_kind_and_subregion = defaultdict(set), defaultdict(set)
        rows = public_objects(item).values_list(
            item.kind_field, item.municipality_lookup, title_field(item.model)
        )
        for kind, municipality, name in rows:
            by_kind[kind].add((str(item.label), name))
            if municipality in municipalities:
                by_kind_and_subregion[(kind, municipality)].add(name)
        for kind, words in item.kind_words.items():
            if by_kind.get(kind):
                yield Judgment("kind", words[0], frozenset(by_kind[kind]))
        subregion_of = {pk: subregion for pk, (_name, subregion) in municipalities.items()}
        in_subregion = defaultdict(set)
        for (kind, municipality), names in by_kind_and_subregion.items():
            in_subregion[(kind, subregion_of[municipality])] |= {(str(item.label), name) for name in names}
        for (kind, municipality), _names in sorted(by_kind_and_subregion.items(), key=str)[:MAX_PER_KIND]:
            if words := item.kind_words.get(kind):
                relevant = in_subregion[(kind, subregion_of[municipality])]
                yield Judgment(
                    "kind + place", f"{words[0]} {municipalities[municipality][0]}", frozenset(relevant)
                )


def everyday_words():
    """Per theme, each of its first three everyday words that is not its own name -> anything with that theme."""
    for theme in Theme.objects.all():
        relevant = set()
        for item in searchable_types().values():
            if item.theme_lookup:
                names = (
                    public_objects(item)
                    .filter(**{item.theme_lookup: theme})
                    .values_list(title_field(item.model), flat=True)
                )
                relevant |= {(str(item.label), name) for name in names}
        if relevant:
            for word in [word for word in theme.words if word not in theme.name.lower()][:3]:
                yield Judgment("everyday word", word, frozenset(relevant))


def places():
    """Each municipality's name and its first two villages -> the page of its subregion."""
    label = str(next(item.label for item in searchable_types().values() if item.model is SubregionPage))
    for municipality in Municipality.objects.select_related("subregion"):
        if not municipality.subregion.live:
            continue
        relevant = frozenset({(label, municipality.subregion.title)})
        for name in (municipality.name, *gazetteer.towns_of(municipality.name)[1:3]):
            yield Judgment("place", name, relevant)


def rank_of(judgment: Judgment, engine, request) -> tuple[int | None, int]:
    """The position (1-based) of the first right answer in the first ``DEPTH`` results (or None), and the total."""
    results = engine.search(SearchQuery(text=judgment.text), request)
    for position, hit in enumerate(results.hits[:DEPTH], start=1):
        if (hit.type_label, hit.title) in judgment.relevant:
            return position, results.total
    return None, results.total


def evaluate(engine) -> dict[str, dict]:
    """Per kind of query: the number of queries, success@1, success@3, MRR, queries without results, failures."""
    host = next(
        (host for host in settings.ALLOWED_HOSTS if host != "*" and not host.startswith(".")), "localhost"
    )
    request = RequestFactory().get(
        "/zoeken/", HTTP_HOST=host
    )  # a host the site accepts, as a visitor's would be
    report: dict[str, dict] = {}
    for judgment in judged_queries():
        ranks = report.setdefault(judgment.kind, {"ranks": [], "failures": [], "without results": 0})
        position, total = rank_of(judgment, engine, request)
        ranks["ranks"].append(position)
        ranks["without results"] += not total
        if position is None or position > 3 or (judgment.kind == "known item" and position > 1):
            ranks["failures"].append((judgment.text, position))
    for figures in report.values():
        ranks = figures.pop("ranks")
        figures.update(
            queries=len(ranks),
            **{
                "success@1": sum(rank == 1 for rank in ranks) / len(ranks),
                "success@3": sum(rank is not None and rank <= 3 for rank in ranks) / len(ranks),
                "MRR": sum(1 / rank for rank in ranks if rank) / len(ranks),
            },
        )
    return report


def shortfalls(report) -> list[str]:
    """The kinds of query below their target, and those with queries that found nothing."""
    return [
        f"{kind}: {measure} {report[kind][measure]:.2f} < {minimum}"
        for kind, (measure, minimum) in TARGETS.items()
        if kind in report and report[kind][measure] < minimum
    ] + [
        f"{kind}: {figures['without results']} queries without results"
        for kind, figures in report.items()
        if figures["without results"]
    ]
