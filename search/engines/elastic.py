"""The engine at scale: Elasticsearch (or OpenSearch) through elasticsearch-dsl, chosen when ``ELASTICSEARCH_URL``
is set.

One index holds a document per public object of every searchable type. The Dutch analyzer stems words and folds
accents; editors' synonyms are a ``synonym_graph`` filter applied at search time, so changing them needs no
reindex of the documents, only of the index settings (``search_index --rebuild``).

A query is read as the database engine reads it (``search.understanding``) and ranked by the same rules
(``search.ranking``), expressed in the query: each rule is a ``constant_score`` clause of a ``bool`` query whose
boost is the ranking's weight, so the score of a document is the sum of the rules it meets, comparable across types.
``PAST`` is negative and Elasticsearch scores may not be: every document that is not a past activity gets ``-PAST``
instead, which keeps every difference between two documents as the ranking has it. The backend's own order (BM25)
is squeezed below ``BACKEND_ORDER`` so it only orders documents within a tier.

The index is an alias: a rebuild fills a new concrete index and then moves the alias to it in one atomic step, so
searches never meet a missing or half-filled index.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from elasticsearch import Elasticsearch
from elasticsearch.dsl import (
    Boolean,
    Date,
    Document,
    Integer,
    Keyword,
    SearchAsYouType,
    Text,
    analyzer,
    token_filter,
)
from elasticsearch.dsl import Q as Query
from elasticsearch.helpers import bulk

from search import ranking, spelling, text, understanding
from search.models import Synonym

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
    theme_labels,
    title,
    type_key,
)

MARK = "\ue000"  # Elasticsearch marks matches with these private-use characters; we escape, then turn them into <mark>
END_MARK = "\ue001"
TEXT_FIELDS = ["title^3", "body"]
#: The BM25 score at which the backend's order gives half of ``ranking.BACKEND_ORDER``.
BACKEND_ORDER_PIVOT = 10.0

dutch_stemmer = token_filter("dutch_stemmer", type="stemmer", language="dutch")
dutch_stop = token_filter("dutch_stop", type="stop", stopwords="_dutch_")
dutch = analyzer(
    "dutch_folded", tokenizer="standard", filter=["lowercase", "asciifolding", dutch_stop, dutch_stemmer]
)


def synonym_filter():
    return token_filter(
        "herstel_synonyms",
        type="synonym_graph",
        synonyms=[synonym.words for synonym in Synonym.objects.all()],
        lenient=True,
    )


def dutch_search_analyzer():
    return analyzer(
        "dutch_folded_synonyms",
        tokenizer="standard",
        filter=["lowercase", "asciifolding", synonym_filter(), dutch_stop, dutch_stemmer],
    )


class SearchDocument(Document):
    type = Keyword()
    type_label = Keyword(index=False)
    object_id = Integer()
    title = Text(analyzer=dutch, fields={"suggest": SearchAsYouType()})
    #: The title's content words, folded, as ``search.ranking.is_known_item`` compares them with the query.
    title_key = Keyword()
    body = Text(analyzer=dutch)
    url = Keyword(index=False)
    summary = Text(index=False)
    subregions = Keyword()
    themes = Keyword()
    municipalities = Keyword()
    kind = Keyword()
    #: Only for types with a notion of current (``SearchableType.current``): whether it was current when indexed,
    #: and the last day it is current (``ends_on``; none while a series goes on), which the query compares with today.
    current = Boolean()
    ends_on = Date()

    @classmethod
    def document_id(cls, obj):
        return f"{type_key(type(obj))}:{obj.pk}"


def index_name() -> str:
    """The alias searches and single documents go through. Read when used, not at import: a test (or a second site)
    can point the engine at another index."""
    return settings.ELASTICSEARCH_INDEX


def new_index_name() -> str:
    """A concrete index for a rebuild: the alias's name and the time, e.g. ``herstelnetwerk-20261125-145412-123456``."""
    return f"{index_name()}-{timezone.now():%Y%m%d-%H%M%S-%f}"


def index_definition(name: str | None = None):
    """The index with its settings and mapping; the search analyzer carries the current synonyms."""
    index = SearchDocument._index.clone(name=name or index_name())
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.analyzer(dutch)
    index.analyzer(dutch_search_analyzer())
    return index


def mapping_with_search_analyzer(index):
    body = index.to_dict()
    for field in ("title", "body"):
        body["mappings"]["properties"][field]["search_analyzer"] = "dutch_folded_synonyms"
    return body


# Documents

KEY_FIELDS = ("subregions", "themes", "municipalities")


def related_keys(item, pks) -> dict[int, dict]:
    """The subregion, theme and municipality keys, the kind and whether it is current of objects of one type: one
    query per lookup, never one per object."""
    keys = {pk: {name: [] for name in KEY_FIELDS} for pk in pks}
    manager = item.model._default_manager
    lookups = zip(
        KEY_FIELDS, (item.subregion_lookup, item.theme_lookup, item.municipality_lookup), strict=True
    )
    for name, lookup in lookups:
        if lookup:
            for pk, value in manager.filter(pk__in=pks).values_list("pk", lookup):
                if value and str(value) not in keys[pk][name]:
                    keys[pk][name].append(str(value))
    if item.kind_field:
        for pk, kind in manager.filter(pk__in=pks).values_list("pk", item.kind_field):
            keys[pk]["kind"] = kind or ""
    if item.current:
        current = set(manager.filter(pk__in=pks).filter(item.current()).values_list("pk", flat=True))
        for pk in pks:
            keys[pk]["current"] = pk in current
    return keys


def describe(obj, item, request=None, keys=None) -> dict:
    """The document of one object (no private fields: only what the public page shows)."""
    keys = dict(keys or related_keys(item, [obj.pk])[obj.pk])
    if item.current and (ends_on := getattr(obj, "ends_on", None)):
        keys["ends_on"] = ends_on.isoformat()
    name = title(obj)
    return {
        "_id": SearchDocument.document_id(obj),
        "type": type_key(item.model),
        "type_label": str(item.label),
        "object_id": obj.pk,
        "title": name,
        "title_key": " ".join(text.content_words(name)),
        "body": " ".join(filter(None, [summary(obj), search_text(obj)])),
        "summary": summary(obj),
        "url": item.url(obj, request),
        **keys,
    }


def search_text(obj) -> str:
    """The searchable text fields the model declares (``index.SearchField``), as plain text."""
    from wagtail.search import index as search_index

    parts = []
    for field in getattr(obj, "search_fields", []):
        if isinstance(field, search_index.SearchField) and field.field_name not in ("title", "name"):
            value = field.get_value(obj)
            if value:
                parts.append(str(value))
    return " ".join(parts)


def bulk_actions(item, objects, request=None, index=None):
    """Index actions for ``objects`` of one searchable type, into ``index`` (default: the alias)."""
    keys = related_keys(item, [obj.pk for obj in objects])
    for obj in objects:
        document = describe(obj, item, request, keys[obj.pk])
        yield {
            "_op_type": "index",
            "_index": index or index_name(),
            "_id": document.pop("_id"),
            "_source": document,
        }


# Queries


def constant(query, boost: float):
    """A rule of the ranking: a document that meets ``query`` gets ``boost``, however well it matches."""
    return Query("constant_score", filter=query, boost=boost)


def text_match(words: str, **options):
    return Query("multi_match", query=words, fields=TEXT_FIELDS, **options)


def any_of(queries):
    queries = list(queries)
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else Query("bool", should=queries, minimum_should_match=1)


def kind_query(reading):
    """Of a kind the query asks for, per type: "inloop" asks activities of the type walk-in."""
    return any_of(
        Query("bool", filter=[Query("term", type=key), Query("terms", kind=sorted(kinds))])
        for key, kinds in sorted(reading.kinds.items())
    )


def theme_query(reading):
    if not reading.theme_ids:
        return None
    return Query("terms", themes=sorted(str(pk) for pk in reading.theme_ids))


def current_query():
    """Still to come: its last day is today or later, or (without a last day) it was current when indexed."""
    return any_of(
        [
            Query("range", ends_on={"gte": "now/d", "time_zone": settings.TIME_ZONE}),
            Query("bool", filter=[Query("term", current=True)], must_not=[Query("exists", field="ends_on")]),
        ]
    )


def not_past_query():
    """Not an activity in the past: without a notion of current (no ``current`` field), or current."""
    return any_of([Query("bool", must_not=[Query("exists", field="current")]), current_query()])


def word_query(word, reading, kinds, themes):
    """The document has this query word: in its text, or by meaning (a kind word its kind, a theme word its theme)."""
    # A word the Dutch analyzer drops as a stop word ("moet", "doen") cannot be judged, so every document has it.
    ways = [text_match(word, zero_terms_query="all")]
    if kinds is not None and word in reading.kind_words:
        ways.append(kinds)
    if themes is not None and word in reading.theme_words:
        ways.append(themes)
    return any_of(ways)


def all_words_query(reading):
    """Every query word, in the text or by meaning (``match_all`` when no word is left to match)."""
    words = reading.text_words
    if not words:
        return Query("match_all")
    kinds, themes = kind_query(reading), theme_query(reading)
    each = [word_query(word, reading, kinds, themes) for word in words]
    return each[0] if len(each) == 1 else Query("bool", filter=each)


def place_filter(reading):
    if reading.place is None:
        return None
    return Query("terms", subregions=[str(reading.place.subregion_id)])


def relevance(reading, types) -> Query:
    """The ranking of ``search.ranking`` as an Elasticsearch query: what is found, and a clause per rule."""
    words = reading.text_words
    kinds, themes = kind_query(reading), theme_query(reading)
    phrase = " ".join(words)

    # What is found at all: any word (forgiving typos), the kind or themes asked for, or all of the place named.
    finders = []
    if words:
        finders.append(text_match(phrase, operator="or", fuzziness="AUTO"))
    finders += [query for query in (kinds, themes) if query is not None]
    if reading.place_only:
        finders.append(Query("match_all"))
    found = any_of(finders)
    if found is None:
        return Query("match_none")

    # A known item (the title is the query), or the page of the place a query names and nothing else.
    known = [Query("term", title_key=" ".join(reading.words))] if reading.words else []
    if reading.place_only:
        place_pages = [
            f"{key}:{reading.place.subregion_id}"
            for key, item in types.items()
            if item.subregion_lookup == "pk"
        ]
        known += [Query("ids", values=place_pages)] if place_pages else []
    rules = []
    if (known_item := any_of(known)) is not None:
        rules.append(constant(known_item, ranking.KNOWN_ITEM))
    if words:
        # All words: ALL_WORDS; some: SOME_WORDS times the share of words matched.
        rules.append(constant(all_words_query(reading), ranking.ALL_WORDS - ranking.SOME_WORDS))
        rules += [
            constant(word_query(word, reading, kinds, themes), ranking.SOME_WORDS / len(words))
            for word in words
        ]
        rules += [constant(Query("match", title=word), ranking.TITLE_WORDS / len(words)) for word in words]
    else:
        rules.append(constant(Query("match_all"), ranking.ALL_WORDS))
    if kinds is not None:
        rules.append(constant(kinds, ranking.KIND))
    if themes is not None:
        rules.append(constant(themes, ranking.THEME))
    if reading.place and reading.place.municipality_id:
        rules.append(
            constant(Query("term", municipalities=str(reading.place.municipality_id)), ranking.MUNICIPALITY)
        )
    rules.append(constant(not_past_query(), -ranking.PAST))
    rules.append(constant(current_query(), ranking.CURRENT))
    if words:
        rules.append(backend_order(phrase))

    filters = [found]
    if (place := place_filter(reading)) is not None:
        filters.insert(0, place)
    return Query("bool", filter=filters, should=rules)


def backend_order(phrase):
    """Elasticsearch's own relevance (BM25, forgiving typos), squeezed into [0, BACKEND_ORDER): it orders documents
    within a tier, never across one."""
    return Query(
        "function_score",
        query=text_match(phrase, operator="or", fuzziness="AUTO"),
        script_score={
            "script": {
                "source": "params.weight * _score / (_score + params.pivot)",
                "params": {"weight": ranking.BACKEND_ORDER, "pivot": BACKEND_ORDER_PIVOT},
            }
        },
        boost_mode="replace",
    )


def facet_filter(query: SearchQuery, subregion_ids, theme_ids):
    filters = []
    if query.types:
        filters.append(Query("terms", type=sorted(query.types)))
    if subregion_ids:
        filters.append(Query("terms", subregions=sorted(subregion_ids)))
    if theme_ids:
        filters.append(Query("terms", themes=sorted(theme_ids)))
    return Query("bool", filter=filters) if filters else None


def build_search(query: SearchQuery, reading, subregion_ids, theme_ids, types=None):
    """The elasticsearch-dsl search: the ranking's rules as the query, facet choices as post_filter (so the
    aggregations still count the other values), a ``complete`` aggregation (does anything chosen match every word?)
    and highlighting of the query words."""
    types = searchable_types() if types is None else types
    search = SearchDocument.search(index=index_name()).query(relevance(reading, types))
    chosen = facet_filter(query, subregion_ids, theme_ids)
    if chosen is not None:
        search = search.post_filter(chosen)
    search.aggs.bucket("type", "terms", field="type", size=20)
    search.aggs.bucket("subregion", "terms", field="subregions", size=20)
    search.aggs.bucket("theme", "terms", field="themes", size=50)
    complete = all_words_query(reading)
    search.aggs.bucket(
        "complete", "filter", filter=complete if chosen is None else Query("bool", filter=[complete, chosen])
    )
    options = {"pre_tags": [MARK], "post_tags": [END_MARK], "fragment_size": 200, "number_of_fragments": 1}
    if to_mark := getattr(reading, "marked_words", ()) or reading.text_words:
        # The query's words and the everyday words of the themes it names, as the database engine marks them.
        options["highlight_query"] = text_match(" ".join(to_mark), fuzziness="AUTO").to_dict()
    search = search.highlight_options(**options).highlight("body", "title")
    # Ties in the same order as ``ranking.rank``: by title, then type and id.
    search = search.sort("_score", "title_key", "type", "object_id").extra(track_scores=True)
    start = (query.page - 1) * PER_PAGE
    return search[start : start + PER_PAGE]


def build_suggest(prefix: str, limit: int):
    return SearchDocument.search(index=index_name()).query(
        Query(
            "multi_match",
            query=prefix,
            type="bool_prefix",
            fields=["title.suggest", "title.suggest._2gram", "title.suggest._3gram"],
        )
    )[:limit]


def marked(fragment: str) -> str:
    return mark_safe(escape(fragment).replace(MARK, "<mark>").replace(END_MARK, "</mark>"))


class ElasticsearchEngine(SearchEngine):
    def __init__(self, client=None):
        self.client = client or Elasticsearch(settings.ELASTICSEARCH_URL)

    def search(self, query: SearchQuery, request) -> SearchResults:
        """Search with the query's reading; when nothing matches every word, try it with typos corrected, as the
        database engine does."""
        reading = understanding.read(query.text)
        results = self.run(query, reading)
        if reading.text_words and not results.complete:
            corrected = spelling.correct(query.text)
            if corrected:
                better = self.run(query, understanding.read(corrected))
                if better.complete or (better.total and not results.total):
                    better.corrected_text = corrected
                    return better
        return results

    def run(self, query: SearchQuery, reading) -> SearchResults:
        subregions, themes, types = subregion_labels(), theme_labels(), searchable_types()
        subregion_ids = {str(pk) for pk, (slug, _title) in subregions.items() if slug in query.subregions}
        theme_ids = {str(pk) for pk, (slug, _name) in themes.items() if slug in query.themes}
        response = build_search(query, reading, subregion_ids, theme_ids, types).using(self.client).execute()
        hits = []
        for hit in response:
            highlight = getattr(hit.meta, "highlight", None)
            fragment = highlight.body[0] if highlight and "body" in highlight else hit.summary or ""
            hits.append(
                Hit(
                    hit.type_label,
                    hit.title,
                    hit.url,
                    marked(fragment) if highlight and "body" in highlight else escape(fragment),
                    hit.meta.score,
                )
            )
        aggregations = response.aggregations
        return SearchResults(
            hits=hits,
            total=response.hits.total.value,
            reading=reading,
            complete=aggregations.complete.doc_count > 0,
            facets={
                "type": [
                    FacetValue(b.key, str(types[b.key].label), b.doc_count, b.key in query.types)
                    for b in aggregations.type.buckets
                    if b.key in types
                ],
                "subregion": [
                    FacetValue(
                        subregions[int(b.key)][0],
                        subregions[int(b.key)][1],
                        b.doc_count,
                        b.key in subregion_ids,
                    )
                    for b in aggregations.subregion.buckets
                    if int(b.key) in subregions
                ],
                "theme": [
                    FacetValue(themes[int(b.key)][0], themes[int(b.key)][1], b.doc_count, b.key in theme_ids)
                    for b in aggregations.theme.buckets
                    if int(b.key) in themes
                ],
            },
        )

    def suggest(self, prefix: str, request, limit: int = 8) -> list[dict]:
        response = build_suggest(prefix, limit).using(self.client).execute()
        return [{"title": hit.title, "url": hit.url, "type": hit.type_label} for hit in response]

    # Indexing

    def rebuild(self, request=None, progress=None) -> int:
        """Fill a new concrete index, then move the alias to it in one step and delete the indices it left.

        The live index is never deleted before its successor is complete: a failed rebuild deletes only its own
        new index, and searches meanwhile go on against the old one.
        """
        name = new_index_name()
        body = mapping_with_search_analyzer(index_definition(name))
        self.client.indices.create(index=name, settings=body["settings"], mappings=body["mappings"])
        try:
            total = 0
            for item in searchable_types().values():
                objects = list(public_objects(item))  # never a page behind a view restriction
                done, _errors = bulk(
                    self.client, bulk_actions(item, objects, request, name), raise_on_error=True
                )
                total += done
                if progress:
                    progress(f"{item.label}: {done}")
            self.client.indices.refresh(index=name)
        except BaseException:
            self.client.indices.delete(index=name, ignore_unavailable=True)
            raise
        replaced = self.switch_alias(name)
        for old in replaced:
            self.client.indices.delete(index=old, ignore_unavailable=True)
        if progress:
            progress(f"{index_name()} -> {name}" + (f" (deleted {', '.join(replaced)})" if replaced else ""))
        return total

    def alias_actions(self, new: str) -> tuple[list[dict], list[str]]:
        """The actions that point the alias at ``new``, and the concrete indices it pointed at before.

        A concrete index with the alias's name (the layout before aliases) is deleted in the same atomic step
        (``remove_index``): an alias cannot be added while an index has its name.
        """
        alias = index_name()
        actions = [{"add": {"index": new, "alias": alias}}]
        if self.client.indices.exists_alias(name=alias):
            old = sorted(self.client.indices.get_alias(name=alias).body)
            return [{"remove": {"index": index, "alias": alias}} for index in old] + actions, old
        if self.client.indices.exists(index=alias):
            return [{"remove_index": {"index": alias}}, *actions], []
        return actions, []

    def switch_alias(self, new: str) -> list[str]:
        actions, old = self.alias_actions(new)
        self.client.indices.update_aliases(actions=actions)
        return [index for index in old if index != new]

    def index_object(self, obj, item, request=None):
        document = describe(obj, item, request)
        self.client.index(index=index_name(), id=document.pop("_id"), document=document)

    def remove_object(self, obj):
        self.client.options(ignore_status=404).delete(index=index_name(), id=SearchDocument.document_id(obj))
