"""The default engine: Wagtail's own search backend (modelsearch: SQLite FTS5, or PostgreSQL full text).

The backend finds the candidates of each type; ``search.ranking`` orders them all in one pass, so neither the sign
nor the scale of a backend's score (SQLite's bm25 is lower for a better match, PostgreSQL's rank higher) decides the
order. Per type: one full-text query for any query word, one for all of them, one for the kind and themes the query
names, one for the fields that ranking reads; facets are counted with one aggregate query per facet.
"""

from collections import Counter

from django.db import connection
from django.db.models import BooleanField, Exists, OuterRef, Q, Value
from django.db.models.expressions import Case, When
from modelsearch.query import And, Or, PlainText
from wagtail.fields import StreamField
from wagtail.search.backends import get_search_backend

from search import freshness, ranking, spelling, text, understanding
from search.models import Synonym

from . import sqlite_fts
from .base import (
    PER_PAGE,
    FacetValue,
    Hit,
    SearchEngine,
    SearchQuery,
    SearchResults,
    public_objects,
    searchable_types,
    subregion_labels,
    summary,
    summary_field,
    theme_labels,
    title,
    title_field,
)

#: Per type and per way of finding, at most this many candidates are ranked.
MAX_MATCHES = 300


def analyze_index():
    """Give SQLite's query planner the statistics of the search index, so a search starts from the full-text match.

    Without them SQLite scans the full-text table again for every index entry of a type (``EXPLAIN QUERY PLAN``):
    0.5 s instead of 0.1 s per search at eleven times the demo. Run after indexing (``load_demo``,
    ``search_index --analyze``), never during a search: a search must not write, and ``ANALYZE`` waits for a lock.
    """
    from wagtail.search.models import IndexEntry

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(IndexEntry._meta.db_table)}")


class DatabaseSearchEngine(SearchEngine):
    def __init__(self):
        self.backend = get_search_backend()

    def search(self, query: SearchQuery, request) -> SearchResults:
        types = searchable_types()
        synonyms = freshness.cached("synonyms", Synonym.groups)
        reading = understanding.read(query.text)
        results = self.run(query, reading, types, synonyms, request)
        if reading.text_words and not results.complete:
            corrected = spelling.correct(query.text)
            if corrected:
                better = self.run(query, understanding.read(corrected), types, synonyms, request)
                if better.complete or (better.total and not results.total):
                    better.corrected_text = corrected
                    return better
        return results

    def run(self, query, reading, types, synonyms, request) -> SearchResults:
        subregions, themes = subregion_labels(), theme_labels()
        subregion_ids = {pk for pk, (slug, _title) in subregions.items() if slug in query.subregions}
        theme_ids = {pk for pk, (slug, _name) in themes.items() if slug in query.themes}
        terms = self.terms(reading, synonyms)
        matched = self.text_matches(types, terms, every_word=False)
        with_all_words = self.text_matches(types, terms, every_word=True) if len(terms) > 1 else matched

        facets = {"type": Counter(), "subregion": Counter(), "theme": Counter()}
        ranked = []
        for key, item in types.items():
            candidates = self.candidates(
                key, item, reading, matched.get(key, []), set(with_all_words.get(key, ()))
            )
            if not candidates:
                continue
            ids = self.narrow(item, list(candidates), subregion_ids, theme_ids)
            facets["type"][key] = len(ids)
            if query.types and key not in query.types:
                continue
            self.count(item, ids, facets)
            ranked += [candidates[pk] for pk in ids]

        ordered = ranking.rank(ranked, reading)
        page = ordered[(query.page - 1) * PER_PAGE : query.page * PER_PAGE]
        return SearchResults(
            hits=self.hits(page, types, reading.marked_words, request),
            total=len(ordered),
            reading=reading,
            complete=any(score >= ranking.ALL_WORDS for score, _candidate in ordered),
            facets={
                "type": [
                    FacetValue(key, str(types[key].label), count, key in query.types)
                    for key, count in facets["type"].items()
                    if count
                ],
                "subregion": [
                    FacetValue(
                        subregions[pk][0], subregions[pk][1], count, subregions[pk][0] in query.subregions
                    )
                    for pk, count in facets["subregion"].most_common()
                    if pk in subregions
                ],
                "theme": [
                    FacetValue(themes[pk][0], themes[pk][1], count, themes[pk][0] in query.themes)
                    for pk, count in facets["theme"].most_common()
                    if pk in themes
                ],
            },
        )

    @staticmethod
    def terms(reading, synonyms) -> list[list[str]]:
        """Per query word, the terms that count as that word: its synonyms and its inflected forms, and the word
        with its accents as typed (PostgreSQL's Dutch configuration keeps them: "café" is not "cafe" there)."""
        as_typed = {text.fold(word): word for word in text.WORD.findall(reading.text.lower())}
        return [
            [*text.expand(word, synonyms), *([as_typed[word]] if as_typed.get(word, word) != word else [])]
            for word in reading.text_words
        ]

    def candidates(self, key, item, reading, matched, with_all_words) -> dict[int, ranking.Candidate]:
        """The objects found by text (``matched`` ids, best first), kind, theme or place, with what ranking needs to
        know of them: the fields and flags of all of them are read in one query (as values: building a page object
        costs more than its query; only the page of results becomes objects)."""
        if reading.place is not None and not item.subregion_lookup:
            return {}  # a type without a place (a general page) is no answer to "... in Den Helder"
        by_meaning = self.meaning(item, key, reading)
        if not matched and by_meaning is None:
            return {}
        by_text = Q(pk__in=matched)
        found_by_text = Case(
            When(by_text, then=Value(True)), default=Value(False), output_field=BooleanField()
        )
        queryset = flagged(item, reading, public_objects(item))
        own_order = queryset.query.order_by or item.model._meta.ordering
        queryset = (
            queryset.filter(by_text | by_meaning if by_meaning is not None else by_text)
            .annotate(by_text=found_by_text)
            .order_by("-by_text", *own_order, "pk")
        )
        rows = ranked_values(item, queryset, "by_text")[: len(matched) + MAX_MATCHES]
        rows = {row["pk"]: row for row in rows}
        position = {
            pk: index / len(matched) for index, pk in enumerate(matched) if pk in rows and rows[pk]["by_text"]
        }
        found = {pk: rows[pk] for pk in position if rows[pk]["in_place"]}
        found.update((pk, row) for pk, row in rows.items() if not row["by_text"])
        names = ranked_fields(item)
        return {
            pk: ranking.Candidate(
                key=key,
                pk=pk,
                title=str(row[names["title"]]),
                summary=str(row[names["summary"]] or "") if names["summary"] else "",
                kind=row[item.kind_field] if item.kind_field else "",
                has_all_words=pk in with_all_words,
                backend_position=position.get(pk, 1.0),
                has_theme=row["has_theme"],
                in_municipality=row["in_municipality"],
                current=row["is_current"],
                is_place_page=reading.place is not None
                and item.subregion_lookup == "pk"
                and pk == reading.place.subregion_id,
            )
            for pk, row in found.items()
        }

    def text_matches(self, types, terms, every_word: bool) -> dict[str, list[int]]:
        """Per type, the ids matching any (or every) query word, in the backend's own order of relevance."""
        if not terms:
            return {}
        if sqlite_fts.available():
            models = {key: item.model for key, item in types.items()}
            return sqlite_fts.ranked_ids(models, terms, every_group=every_word, limit=MAX_MATCHES)
        if every_word:
            query = And([Or([PlainText(term) for term in group]) for group in terms])
        else:
            query = " ".join(term for group in terms for term in group)
        return {
            key: [
                obj.pk
                for obj in self.backend.search(
                    query,
                    public_objects(item).only("pk"),
                    operator="or",
                    order_by_relevance=not every_word,
                )[:MAX_MATCHES]
            ]
            for key, item in types.items()
        }

    @staticmethod
    def meaning(item, key, reading) -> Q | None:
        """What finds objects by meaning: of the kind or the themes the query names, whatever words their text uses;
        with a place alone, everything in that place. None when the query names neither."""
        condition = Q()
        if item.kind_field and (kinds := reading.kinds.get(key)):
            condition |= Q(**{f"{item.kind_field}__in": kinds})
        if item.theme_lookup and reading.theme_ids:
            condition |= Q(has_theme=True)
        if reading.place_only:
            return Q(in_place=True)
        if not condition:
            return None
        return condition & Q(in_place=True) if reading.place is not None else condition

    @staticmethod
    def narrow(item, ids, subregion_ids, theme_ids) -> list[int]:
        """The matches inside the chosen subregions and themes (one query, only when a facet is chosen)."""
        if not subregion_ids and not theme_ids:
            return ids
        if (subregion_ids and not item.subregion_lookup) or (theme_ids and not item.theme_lookup):
            return []
        narrowed = item.model._default_manager.filter(pk__in=ids)
        if subregion_ids:
            narrowed = narrowed.filter(**{f"{item.subregion_lookup}__in": subregion_ids})
        if theme_ids:
            narrowed = narrowed.filter(**{f"{item.theme_lookup}__in": theme_ids})
        kept = set(narrowed.values_list("pk", flat=True))
        return [pk for pk in ids if pk in kept]

    @staticmethod
    def count(item, ids, facets):
        """Count the subregion and theme facets of these matches in one query (its distinct rows, counted here)."""
        lookups = {
            name: lookup
            for name, lookup in (("subregion", item.subregion_lookup), ("theme", item.theme_lookup))
            if lookup
        }
        if not lookups or not ids:
            return
        seen = {name: set() for name in lookups}
        rows = item.model._default_manager.filter(pk__in=ids).values_list("pk", *lookups.values()).distinct()
        for pk, *values in rows:
            for name, value in zip(lookups, values, strict=True):
                if value is not None:
                    seen[name].add((pk, value))
        for name, pairs in seen.items():
            facets[name].update(value for _pk, value in pairs)

    @staticmethod
    def hits(page, types, words, request) -> list[Hit]:
        """The objects of one page of results, one query per type on the page."""
        by_type: dict[str, list[int]] = {}
        for _score, candidate in page:
            by_type.setdefault(candidate.key, []).append(candidate.pk)
        objects = {
            (key, obj.pk): obj
            for key, pks in by_type.items()
            for obj in types[key]
            .model._default_manager.filter(pk__in=pks)
            .defer(*heavy_fields(types[key].model))
        }
        return [
            Hit(
                type_label=str(types[candidate.key].label),
                title=title(obj),
                url=types[candidate.key].url(obj, request),
                snippet=text.highlight(summary(obj), list(words)),
                score=score,
            )
            for score, candidate in page
            if (obj := objects.get((candidate.key, candidate.pk)))
        ]

    def suggest(self, prefix: str, request, limit: int = 8) -> list[dict]:
        found = []
        for item in searchable_types().values():
            for obj in self.backend.autocomplete(prefix, public_objects(item))[:limit]:
                found.append({"title": title(obj), "url": item.url(obj, request), "type": str(item.label)})
        return found[:limit]


def flagged(item, reading, queryset):
    """``queryset`` with what ranking asks of each object as columns: still to come, of a named theme, in the
    named municipality and in the named place (subqueries, so a related row never doubles an object)."""
    manager = item.model._default_manager

    def exists(lookup, value):
        if not lookup or not value:
            return Value(False)
        return Exists(manager.filter(Q(pk=OuterRef("pk")), Q(**{lookup: value})))

    place = reading.place
    return queryset.annotate(
        is_current=(
            Case(When(item.current(), then=Value(True)), default=Value(False), output_field=BooleanField())
            if item.current
            else Value(None, output_field=BooleanField(null=True))
        ),
        has_theme=exists(item.theme_lookup and f"{item.theme_lookup}__in", reading.theme_ids),
        in_municipality=exists(item.municipality_lookup, place and place.municipality_id),
        in_place=exists(item.subregion_lookup, place and place.subregion_id) if place else Value(True),
    )


FLAGS = ("is_current", "has_theme", "in_municipality", "in_place")


def ranked_fields(item) -> dict[str, str | None]:
    return {"title": title_field(item.model), "summary": summary_field(item.model)}


def ranked_values(item, queryset, *extra):
    """The fields and flags ranking reads (and the ``extra`` annotations), as rows."""
    names = [*ranked_fields(item).values(), item.kind_field, *FLAGS, *extra]
    return queryset.values("pk", *[name for name in names if name])


def heavy_fields(model) -> list[str]:
    """Stream fields: a result needs its title and summary, not its body."""
    return [field.name for field in model._meta.concrete_fields if isinstance(field, StreamField)]
