"""The default engine: Wagtail's own search backend (modelsearch: SQLite FTS5, or PostgreSQL full text).

Each searchable type is searched with the query's words expanded into their Dutch inflections and synonyms
(``search.text``). Facets are counted with one aggregate query per type and facet, never one per result.
"""

import difflib
from collections import Counter

from django.db import connection
from django.db.models import Count
from wagtail.search.backends import get_search_backend

from search import text
from search.models import Synonym

from .base import (
    PER_PAGE,
    FacetValue,
    Hit,
    SearchEngine,
    SearchQuery,
    SearchResults,
    searchable_types,
    subregion_labels,
    summary,
    theme_labels,
    title,
    title_field,
)

#: Per type, at most this many matches are ranked and counted.
MAX_MATCHES = 300

#: Whether this process has given SQLite's query planner the statistics of the search index.
_planner_informed = False


def inform_the_sqlite_planner():
    """Once per process on SQLite: ``ANALYZE`` the search index, so that a search starts from the full-text match.

    Without statistics SQLite runs modelsearch's query the other way round: for every index entry of a type it scans
    the full-text table again (``EXPLAIN QUERY PLAN``). At eleven times the demo a search page took 0.5 s that way and
    under 0.1 s with statistics (``make bench``). Analysing one table of a few thousand rows takes milliseconds.
    """
    global _planner_informed
    if connection.vendor == "sqlite" and not _planner_informed:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE wagtailsearch_indexentry")
        _planner_informed = True


class DatabaseSearchEngine(SearchEngine):
    def __init__(self):
        self.backend = get_search_backend()

    def search(self, query: SearchQuery, request) -> SearchResults:
        inform_the_sqlite_planner()
        types = searchable_types()
        synonyms = Synonym.groups()
        results = self.run(query, query.text, types, synonyms, request)
        if not results.total and query.text and (better := self.correction(query.text, types)):
            results = self.run(query, better, types, synonyms, request)
            results.corrected_text = better
        return results

    def run(self, query, query_text, types, synonyms, request) -> SearchResults:
        words = text.expand(query_text, synonyms)
        if not words:
            return SearchResults(hits=[], total=0)
        subregions, themes = subregion_labels(), theme_labels()
        matches = {key: self.matches(item, words) for key, item in types.items()}
        subregion_ids = {pk for pk, (slug, _title) in subregions.items() if slug in query.subregions}
        theme_ids = {pk for pk, (slug, _name) in themes.items() if slug in query.themes}

        facets = {"type": Counter(), "subregion": Counter(), "theme": Counter()}
        ranked = []
        for key, item in types.items():
            scores = matches[key]
            if not scores:
                continue
            ids = self.narrow(item, scores, subregion_ids, theme_ids)
            if ids and (not query.types or key in query.types):
                ranked += [(scores[pk], key, pk) for pk in ids]
            facets["type"][key] = len(ids)
            if not query.types or key in query.types:
                self.count(item, ids, facets)

        ranked.sort(key=lambda entry: (-entry[0], entry[1], entry[2]))
        page = ranked[(query.page - 1) * PER_PAGE : query.page * PER_PAGE]
        return SearchResults(
            hits=self.hits(page, types, words, request),
            total=len(ranked),
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

    def matches(self, item, words) -> dict[int, float]:
        """Primary keys of the public objects matching any of ``words``, with a relevance score."""
        found = self.backend.search(" ".join(words), item.queryset(), operator="or").annotate_score("_score")
        return {obj.pk: float(obj._score or 0) + 1 for obj in found[:MAX_MATCHES]}

    @staticmethod
    def narrow(item, scores, subregion_ids, theme_ids) -> list[int]:
        """The matches inside the chosen subregions and themes (one query, only when a facet is chosen)."""
        if not subregion_ids and not theme_ids:
            return list(scores)
        if (subregion_ids and not item.subregion_lookup) or (theme_ids and not item.theme_lookup):
            return []
        narrowed = item.model._default_manager.filter(pk__in=list(scores))
        if subregion_ids:
            narrowed = narrowed.filter(**{f"{item.subregion_lookup}__in": subregion_ids})
        if theme_ids:
            narrowed = narrowed.filter(**{f"{item.theme_lookup}__in": theme_ids})
        return list(narrowed.values_list("pk", flat=True).distinct())

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
        """The objects of one page of results, one query per type on the page."""
        by_type: dict[str, list[int]] = {}
        for _score, key, pk in page:
            by_type.setdefault(key, []).append(pk)
        objects = {
            (key, obj.pk): obj
            for key, pks in by_type.items()
            for obj in types[key].model._default_manager.filter(pk__in=pks)
        }
        return [
            Hit(
                type_label=str(types[key].label),
                title=title(obj),
                url=types[key].url(obj, request),
                snippet=text.highlight(summary(obj), words),
                score=score,
            )
            for score, key, pk in page
            if (obj := objects.get((key, pk)))
        ]

    def correction(self, query_text, types) -> str:
        """A spelling correction from the titles and themes, or "" when none is close."""
        vocabulary = set()
        for item in types.values():
            titles = item.queryset().values_list(title_field(item.model), flat=True)[:2000]
            vocabulary.update(word for value in titles for word in text.words(str(value)))
        corrected = []
        for word in text.words(query_text):
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
            corrected.append(close[0] if close else word)
        better = " ".join(corrected)
        return better if better != " ".join(text.words(query_text)) else ""

    def suggest(self, prefix: str, request, limit: int = 8) -> list[dict]:
        found = []
        for item in searchable_types().values():
            for obj in self.backend.autocomplete(prefix, item.queryset())[:limit]:
                found.append({"title": title(obj), "url": item.url(obj, request), "type": str(item.label)})
        return found[:limit]
