"""The default engine: Wagtail's own search backend (modelsearch: SQLite FTS5, or PostgreSQL full text).

The backend finds the candidates of each type; ``search.ranking`` orders them all in one pass, so neither the sign
nor the scale of a backend's score (SQLite's bm25 is lower for a better match, PostgreSQL's rank higher) decides the
order. Per type: one full-text query for any query word, one for all of them, one for the kind and themes the query
names, one for the fields that ranking reads; facets are counted with one aggregate query per facet.
"""

from collections import Counter

from django.db import connection
from django.db.models import BooleanField, Count, Exists, OuterRef, Q, Value
from django.db.models.expressions import Case, When
from modelsearch.query import And, Or, PlainText
from wagtail.fields import StreamField
from wagtail.search.backends import get_search_backend

from search import freshness, ranking, spelling, text, understanding
from search.models import Synonym

from .base import (
    PER_PAGE,
    FacetValue,
    Hit,
    SearchEngine,
    SearchQuery,
    SearchResults,
    public,
    searchable_types,
    subregion_labels,
    summary,
    summary_field,
    theme_labels,
    title,
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

        facets = {"type": Counter(), "subregion": Counter(), "theme": Counter()}
        ranked = []
        for key, item in types.items():
            candidates = self.candidates(key, item, reading, terms)
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
        """Per query word, the terms that count as that word: its synonyms and its inflected forms."""
        return [text.expand(word, synonyms) for word in reading.text_words]

    def candidates(self, key, item, reading, terms) -> dict[int, ranking.Candidate]:
        """The objects found by text, kind, theme or place, with what ranking needs to know of them: the text search
        and the search by meaning each fetch their objects with the flags ranking reads, in one query."""
        if reading.place is not None and not item.subregion_lookup:
            return {}  # a type without a place (a general page) is no answer to "... in Den Helder"
        queryset = flagged(item, reading, public(item.queryset()))
        found_by_text = self.text_matches(queryset, terms)
        with_all_words = self.all_words_matches(queryset, terms) if len(terms) > 1 else None
        position = {obj.pk: index / len(found_by_text) for index, obj in enumerate(found_by_text)}
        found = {obj.pk: obj for obj in found_by_text if obj.in_place}
        for obj in self.meaning_matches(item, key, queryset, reading, exclude=position):
            found.setdefault(obj.pk, obj)
        return {
            pk: ranking.Candidate(
                key=key,
                pk=pk,
                title=title(obj),
                summary=str(getattr(obj, summary_field(item.model) or "", "") or ""),
                kind=getattr(obj, item.kind_field) if item.kind_field else "",
                has_all_words=pk in position if with_all_words is None else pk in with_all_words,
                backend_position=position.get(pk, 1.0),
                has_theme=obj.has_theme,
                in_municipality=obj.in_municipality,
                current=obj.is_current,
                is_place_page=reading.place is not None
                and item.subregion_lookup == "pk"
                and pk == reading.place.subregion_id,
                obj=obj,
            )
            for pk, obj in found.items()
        }

    def text_matches(self, queryset, terms) -> list:
        """The objects matching any query word, in the backend's own order of relevance."""
        if not terms:
            return []
        found = self.backend.search(
            " ".join(term for group in terms for term in group), queryset, operator="or"
        )
        return list(found[:MAX_MATCHES])

    def all_words_matches(self, queryset, terms) -> set[int]:
        """Primary keys whose text holds every query word (in any of its forms)."""
        query = And([Or([PlainText(term) for term in group]) for group in terms])
        found = self.backend.search(query, queryset.only("pk"), order_by_relevance=False)
        return {obj.pk for obj in found[:MAX_MATCHES]}

    @staticmethod
    def meaning_matches(item, key, queryset, reading, exclude) -> list:
        """The objects of the kind or the themes the query names, whatever words their text uses; with a place
        alone, everything in that place."""
        condition = Q()
        if item.kind_field and (kinds := reading.kinds.get(key)):
            condition |= Q(**{f"{item.kind_field}__in": kinds})
        if item.theme_lookup and reading.theme_ids:
            condition |= Q(has_theme=True)
        if reading.place_only:
            condition = Q()
        elif not condition:
            return []
        if reading.place is not None:
            condition &= Q(in_place=True)
        return list(queryset.filter(condition).exclude(pk__in=list(exclude))[:MAX_MATCHES])

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
        manager = item.model._default_manager
        for name, lookup in (("subregion", item.subregion_lookup), ("theme", item.theme_lookup)):
            if lookup and ids:
                rows = (
                    manager.filter(pk__in=ids)
                    .exclude(**{lookup: None})
                    .values(lookup)
                    .annotate(n=Count("pk", distinct=True))
                    .values_list(lookup, "n")
                )
                facets[name].update(dict(rows))

    @staticmethod
    def hits(page, types, words, request) -> list[Hit]:
        """The results of one page, from the objects the candidates were read from: no query more."""
        return [
            Hit(
                type_label=str(types[candidate.key].label),
                title=title(candidate.obj),
                url=types[candidate.key].url(candidate.obj, request),
                snippet=text.highlight(summary(candidate.obj), list(words)),
                score=score,
            )
            for score, candidate in page
        ]

    def suggest(self, prefix: str, request, limit: int = 8) -> list[dict]:
        found = []
        for item in searchable_types().values():
            for obj in self.backend.autocomplete(prefix, public(item.queryset()))[:limit]:
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
    return queryset.defer(*heavy_fields(item.model)).annotate(
        is_current=(
            Case(When(item.current(), then=Value(True)), default=Value(False), output_field=BooleanField())
            if item.current
            else Value(None, output_field=BooleanField(null=True))
        ),
        has_theme=exists(item.theme_lookup and f"{item.theme_lookup}__in", reading.theme_ids),
        in_municipality=exists(item.municipality_lookup, place and place.municipality_id),
        in_place=exists(item.subregion_lookup, place and place.subregion_id) if place else Value(True),
    )


def heavy_fields(model) -> list[str]:
    """Stream fields: a result needs its title and summary, not its body."""
    return [field.name for field in model._meta.concrete_fields if isinstance(field, StreamField)]
