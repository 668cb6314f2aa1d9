"""The Elasticsearch engine's JSON (queries, index settings and mapping, bulk actions), and a live run when a
cluster is configured with ELASTICSEARCH_URL."""

import os

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext

from search.engines.base import SearchQuery, searchable_types, type_key
from search.engines.elastic import (
    ElasticsearchEngine,
    build_search,
    build_suggest,
    bulk_actions,
    index_definition,
    index_name,
    mapping_with_search_analyzer,
)
from search.models import Synonym
from tests.socialmap.factories import OrganisationFactory


def test_search_query_json():
    query = SearchQuery("verslaving", types=frozenset({"socialmap.organisation"}), page=2)

    body = build_search(query, subregion_ids={"7"}, theme_ids=set()).to_dict()

    assert body["query"] == {
        "multi_match": {
            "query": "verslaving",
            "fields": ["title^3", "body"],
            "fuzziness": "AUTO",
            "operator": "or",
            "analyzer": "dutch_folded_synonyms",
        }
    }
    assert body["post_filter"] == {
        "bool": {
            "filter": [{"terms": {"type": ["socialmap.organisation"]}}, {"terms": {"subregions": ["7"]}}]
        }
    }
    assert body["aggs"]["theme"] == {"terms": {"field": "themes", "size": 50}}
    assert body["highlight"]["fields"] == {"body": {}, "title": {}}
    assert body["highlight"]["pre_tags"] == ["\ue000"] and body["highlight"]["number_of_fragments"] == 1
    assert (body["from"], body["size"]) == (10, 10)


def test_suggest_query_uses_search_as_you_type():
    body = build_suggest("inlo", 5).to_dict()

    assert body["query"]["multi_match"]["type"] == "bool_prefix"
    assert body["query"]["multi_match"]["fields"][0] == "title.suggest"
    assert body["size"] == 5


@pytest.mark.django_db
def test_index_settings_have_a_dutch_analyzer_and_the_editors_synonyms():
    Synonym.objects.create(words="depressie, somberheid")

    body = mapping_with_search_analyzer(index_definition())

    analysis = body["settings"]["analysis"]
    assert analysis["filter"]["dutch_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert analysis["filter"]["herstel_synonyms"]["synonyms"] == ["depressie, somberheid"]
    assert analysis["analyzer"]["dutch_folded"]["filter"] == [
        "lowercase",
        "asciifolding",
        "dutch_stop",
        "dutch_stemmer",
    ]
    properties = body["mappings"]["properties"]
    assert properties["title"]["fields"]["suggest"] == {"type": "search_as_you_type"}
    assert properties["body"] == {
        "type": "text",
        "analyzer": "dutch_folded",
        "search_analyzer": "dutch_folded_synonyms",
    }
    assert properties["subregions"] == {"type": "keyword"}


def test_bulk_actions_describe_public_fields_only(content, subregion):
    organisation = content["addiction"]
    item = searchable_types()[type_key(type(organisation))]

    (action,) = list(bulk_actions(item, [organisation], RequestFactory().get("/")))

    assert action["_op_type"] == "index" and action["_index"] == index_name() == "herstelnetwerk"
    assert action["_id"] == f"socialmap.organisation:{organisation.pk}"
    source = action["_source"]
    assert source["title"] == "Hulp bij verslaafd zijn"
    assert source["url"] == "/sociale-kaart/hulp-verslaafd/"
    assert source["subregions"] == [str(subregion.pk)]
    assert source["themes"] == [str(content["themes"]["verslaving"].pk)]
    assert organisation.email not in str(source) and organisation.phone not in str(source)


def test_bulk_actions_take_the_same_queries_for_one_object_or_many(content, django_assert_num_queries):
    from herstelnetwerk.socialmap.models import Organisation

    item = searchable_types()[type_key(Organisation)]
    organisations = [*item.queryset(), *OrganisationFactory.create_batch(5)]
    with CaptureQueriesContext(connection) as one:
        list(bulk_actions(item, organisations[:1], RequestFactory().get("/")))

    with django_assert_num_queries(len(one)):
        actions = list(bulk_actions(item, organisations, RequestFactory().get("/")))

    assert len(actions) == len(organisations) > 5


@pytest.mark.django_db
def test_the_index_name_is_read_when_used(settings):
    """The live test below works on its own index: a name fixed at import would send it to the real one."""
    settings.ELASTICSEARCH_INDEX = "herstelnetwerk-test"

    assert build_search(SearchQuery("somber"), subregion_ids=set(), theme_ids=set())._index == [
        "herstelnetwerk-test"
    ]
    assert build_suggest("som", 5)._index == ["herstelnetwerk-test"]
    assert index_definition()._name == "herstelnetwerk-test"


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="no Elasticsearch cluster: set ELASTICSEARCH_URL"
)
def test_against_a_real_cluster(content, client):
    with override_settings(
        ELASTICSEARCH_URL=os.environ["ELASTICSEARCH_URL"], ELASTICSEARCH_INDEX="herstelnetwerk-test"
    ):
        engine = ElasticsearchEngine()
        assert engine.rebuild() >= 3
        results = engine.search(SearchQuery("verslaafd"), RequestFactory().get("/"))
        assert results.hits[0].title == "Hulp bij verslaafd zijn"
        assert "<mark>" in results.hits[0].snippet
        assert {facet.value for facet in results.facets["type"]} >= {"socialmap.organisation"}
