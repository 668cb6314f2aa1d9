"""The engine at scale: Elasticsearch (or OpenSearch) through elasticsearch-dsl, chosen when ``ELASTICSEARCH_URL``
is set.

One index holds a document per public object of every searchable type. The Dutch analyzer stems words and folds
accents; editors' synonyms are a ``synonym_graph`` filter applied at search time, so changing them needs no
reindex of the documents, only of the index settings (``search_index --rebuild``).
"""

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe
from elasticsearch import Elasticsearch
from elasticsearch.dsl import (
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
    type_key,
)

MARK = "\ue000"  # Elasticsearch marks matches with these private-use characters; we escape, then turn them into <mark>
END_MARK = "\ue001"

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
    body = Text(analyzer=dutch)
    url = Keyword(index=False)
    summary = Text(index=False)
    subregions = Keyword()
    themes = Keyword()

    @classmethod
    def document_id(cls, obj):
        return f"{type_key(type(obj))}:{obj.pk}"


def index_name() -> str:
    """Read when used, not at import: a test (or a second site) can point the engine at another index."""
    return settings.ELASTICSEARCH_INDEX


def index_definition():
    """The index with its settings and mapping; the search analyzer carries the current synonyms."""
    index = SearchDocument._index.clone(name=index_name())
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.analyzer(dutch)
    index.analyzer(dutch_search_analyzer())
    return index


def mapping_with_search_analyzer(index):
    body = index.to_dict()
    for field in ("title", "body"):
        body["mappings"]["properties"][field]["search_analyzer"] = "dutch_folded_synonyms"
    return body


def facet_keys(item, pks) -> dict[int, dict[str, list[str]]]:
    """The subregion and theme keys of objects of one type: one query per facet, never one per object."""
    keys = {pk: {"subregions": [], "themes": []} for pk in pks}
    for name, lookup in (("subregions", item.subregion_lookup), ("themes", item.theme_lookup)):
        if lookup:
            for pk, value in item.model._default_manager.filter(pk__in=pks).values_list("pk", lookup):
                if value:
                    keys[pk][name].append(str(value))
    return keys


def describe(obj, item, request=None, facets=None) -> dict:
    """The document of one object (no private fields: only what the public page shows)."""
    facets = facets or facet_keys(item, [obj.pk])[obj.pk]
    return {
        "_id": SearchDocument.document_id(obj),
        "type": type_key(item.model),
        "type_label": str(item.label),
        "object_id": obj.pk,
        "title": title(obj),
        "body": " ".join(filter(None, [summary(obj), search_text(obj)])),
        "summary": summary(obj),
        "url": item.url(obj, request),
        **facets,
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


def bulk_actions(item, objects, request=None):
    """Index actions for ``objects`` of one searchable type."""
    keys = facet_keys(item, [obj.pk for obj in objects])
    for obj in objects:
        document = describe(obj, item, request, keys[obj.pk])
        yield {"_op_type": "index", "_index": index_name(), "_id": document.pop("_id"), "_source": document}


def build_search(query: SearchQuery, subregion_ids, theme_ids):
    """The elasticsearch-dsl search: fuzzy, Dutch multi_match, facet filters as post_filter, aggregations, highlight."""
    search = SearchDocument.search(index=index_name()).query(
        Query(
            "multi_match",
            query=query.text,
            fields=["title^3", "body"],
            fuzziness="AUTO",
            operator="or",
            analyzer="dutch_folded_synonyms",
        )
    )
    filters = []
    if query.types:
        filters.append(Query("terms", type=sorted(query.types)))
    if subregion_ids:
        filters.append(Query("terms", subregions=sorted(subregion_ids)))
    if theme_ids:
        filters.append(Query("terms", themes=sorted(theme_ids)))
    if filters:
        search = search.post_filter(Query("bool", filter=filters))
    search.aggs.bucket("type", "terms", field="type", size=20)
    search.aggs.bucket("subregion", "terms", field="subregions", size=20)
    search.aggs.bucket("theme", "terms", field="themes", size=50)
    search = search.highlight_options(
        pre_tags=[MARK], post_tags=[END_MARK], fragment_size=200, number_of_fragments=1
    ).highlight("body", "title")
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
        subregions, themes, types = subregion_labels(), theme_labels(), searchable_types()
        subregion_ids = {str(pk) for pk, (slug, _title) in subregions.items() if slug in query.subregions}
        theme_ids = {str(pk) for pk, (slug, _name) in themes.items() if slug in query.themes}
        response = build_search(query, subregion_ids, theme_ids).using(self.client).execute()
        hits = []
        for hit in response:
            highlight = getattr(hit.meta, "highlight", None)
            fragment = highlight.body[0] if highlight and "body" in highlight else hit.summary or ""
            hits.append(
                Hit(
                    hit.type_label,
                    hit.title,
                    hit.url,
                    marked(fragment) if highlight else escape(fragment),
                    hit.meta.score,
                )
            )
        aggregations = response.aggregations
        return SearchResults(
            hits=hits,
            total=response.hits.total.value,
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

    def rebuild(self, request=None, progress=None):
        name = index_name()
        if self.client.indices.exists(index=name):
            self.client.indices.delete(index=name)
        self.client.indices.create(index=name, body=mapping_with_search_analyzer(index_definition()))
        total = 0
        for item in searchable_types().values():
            objects = list(item.queryset())
            done, _errors = bulk(self.client, bulk_actions(item, objects, request), raise_on_error=True)
            total += done
            if progress:
                progress(f"{item.label}: {done}")
        self.client.indices.refresh(index=name)
        return total

    def index_object(self, obj, item, request=None):
        document = describe(obj, item, request)
        self.client.index(index=index_name(), id=document.pop("_id"), document=document)

    def remove_object(self, obj):
        self.client.delete(index=index_name(), id=SearchDocument.document_id(obj), ignore=[404])
