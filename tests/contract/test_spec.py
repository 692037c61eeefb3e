"""The request validator: realistic Terroir requests pass, each kind of mistake is caught."""

import copy
import json

import pytest

from tests.contract import spec
from tests.contract.spec import specification

JSON = "application/vnd.elasticsearch+json; compatible-with=8"
NDJSON = "application/vnd.elasticsearch+x-ndjson; compatible-with=8"

ANALYZER = {"type": "custom", "tokenizer": "standard"}
INDEX = {
    "settings": {
        "number_of_shards": 1,
        "number_of_replicas": 0,
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": ["l", "d", "qu", "j", "n", "s", "t", "c", "m"],
                },
                "french_stop": {"type": "stop", "stopwords": "_french_"},
                "french_stemmer": {"type": "stemmer", "language": "light_french"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
                "spanish_stemmer": {"type": "stemmer", "language": "light_spanish"},
            },
            "analyzer": {
                "terroir_fr": {
                    **ANALYZER,
                    "filter": [
                        "french_elision",
                        "lowercase",
                        "asciifolding",
                        "french_stop",
                        "french_stemmer",
                    ],
                },
                "terroir_en": {**ANALYZER, "filter": ["lowercase", "english_stemmer"]},
                "terroir_es": {
                    **ANALYZER,
                    "filter": ["lowercase", "asciifolding", "spanish_stemmer"],
                },
            },
        },
    },
    "mappings": {
        "dynamic": "strict",
        "properties": {
            "title": {
                "type": "text",
                "analyzer": "terroir_fr",
                "fields": {"raw": {"type": "keyword"}},
            },
            "body": {"type": "text", "analyzer": "terroir_fr"},
            "language": {"type": "keyword"},
            "categories": {"type": "keyword"},
            "carbon_gain": {"type": "float"},
            "published": {"type": "date"},
            "location": {"type": "geo_point"},
            "embedding": {
                "type": "dense_vector",
                "dims": 384,
                "index": True,
                "similarity": "dot_product",
                "index_options": {"type": "hnsw", "m": 16, "ef_construction": 100},
            },
        },
    },
}
SEARCH = {
    "query": {
        "script_score": {
            "query": {
                "bool": {
                    "must": [
                        {
                            "multi_match": {
                                "query": "couverts végétaux",
                                "fields": ["title^3", "body"],
                                "type": "best_fields",
                            }
                        }
                    ],
                    "filter": [
                        {"terms": {"language": ["fr", "en"]}},
                        {"range": {"carbon_gain": {"gte": 0.5, "lte": 4}}},
                        {"range": {"published": {"gte": "now-1y/d"}}},
                    ],
                }
            },
            "script": {
                "source": "_score * params.weight + cosineSimilarity(params.v, 'embedding')",
                "lang": "painless",
                "params": {"weight": 1.5, "v": [0.1, 0.2]},
            },
        }
    },
    "post_filter": {"terms": {"categories": ["agroforestry"]}},
    "aggs": {
        "categories": {
            "filter": {"term": {"language": "fr"}},
            "aggs": {"names": {"terms": {"field": "categories", "size": 20}}},
        },
        "languages": {
            "filter": {"match_all": {}},
            "aggregations": {"names": {"terms": {"field": "language"}}},
        },
    },
    "highlight": {
        "pre_tags": ["<mark>"],
        "post_tags": ["</mark>"],
        "fields": {"body": {"fragment_size": 150, "number_of_fragments": 3}, "title": {}},
    },
    "knn": {
        "field": "embedding",
        "query_vector": [0.1, 0.2, 0.3],
        "k": 10,
        "num_candidates": 100,
        "filter": {"term": {"language": "fr"}},
    },
    "sort": [{"_score": {"order": "desc"}}, {"published": {"order": "desc"}}, "_doc"],
    "search_after": [1.5, "2026-11-24", 42],
    "size": 20,
    "from": 0,
    "track_total_hits": True,
    "_source": {"includes": ["title", "language", "carbon_gain"]},
}


def errors(method, path, query="", body=None, content_type=JSON):
    """The validator's errors for a request whose body is given as JSON (or bytes)."""
    if body is not None and not isinstance(body, bytes):
        body = json.dumps(body).encode()
    return specification().validate(method, path, query, body, content_type).errors


def endpoint_and_errors(method, path, query, body=None):
    """The endpoint the validator matches and its errors, for a request with a JSON body or
    none."""
    body = None if body is None else json.dumps(body).encode()
    validation = specification().validate(method, path, query, body, JSON)
    return validation.endpoint, validation.errors


def ndjson(*lines):
    return b"".join(json.dumps(line).encode() + b"\n" for line in lines)


def changed(document, path, value):
    """A deep copy of `document` with the value at `path` (keys and indexes) replaced."""
    document = copy.deepcopy(document)
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return document


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "endpoint"),
    [
        ("PUT", "/terroir-practices-20261124", "", INDEX, "indices.create"),
        (
            "POST",
            "/_aliases",
            "",
            {
                "actions": [
                    {"remove": {"index": "terroir-practices-*", "alias": "terroir-practices"}},
                    {"add": {"index": "terroir-practices-20261124", "alias": "terroir-practices"}},
                ]
            },
            "indices.update_aliases",
        ),
        ("POST", "/terroir-practices/_search", "", SEARCH, "search"),
        ("POST", "/terroir-practices/_search", "search_type=dfs_query_then_fetch", {}, "search"),
        ("POST", "/terroir-practices/_count", "", {"query": SEARCH["query"]}, "count"),
    ],
)
def test_realistic_requests_are_valid(method, path, query, body, endpoint):
    assert endpoint_and_errors(method, path, query, body) == (endpoint, [])


@pytest.mark.parametrize(
    ("method", "path", "query", "endpoint"),
    [
        ("GET", "/_cat/aliases/terroir-practices", "format=json&h=alias,index", "cat.aliases"),
        ("GET", "/_alias/terroir-practices", "", "indices.get_alias"),
        ("GET", "/terroir-practices-*/_alias", "", "indices.get_alias"),
        ("HEAD", "/terroir-practices", "", "indices.exists"),
        ("DELETE", "/terroir-practices-old", "timeout=30s&master_timeout=-1", "indices.delete"),
        ("POST", "/terroir-practices/_refresh", "", "indices.refresh"),
        ("GET", "/_search", "pretty", "search"),
    ],
)
def test_realistic_requests_without_a_body_are_valid(method, path, query, endpoint):
    assert endpoint_and_errors(method, path, query) == (endpoint, [])


def test_bulk_with_index_and_delete_lines_is_valid():
    body = ndjson(
        {"index": {"_index": "terroir-practices-20261124", "_id": "12"}},
        {"title": "Couverts végétaux", "embedding": [0.1, 0.2], "published": "2026-11-24"},
        {"delete": {"_index": "terroir-practices-20261124", "_id": "13"}},
        {"update": {"_index": "terroir-practices-20261124", "_id": "14"}},
        {"doc": {"title": "Haies"}, "doc_as_upsert": True},
    )
    validation = specification().validate("POST", "/_bulk", "refresh=false", body, NDJSON)
    assert (validation.endpoint, validation.errors) == ("bulk", [])


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "expected"),
    [
        (
            "POST",
            "/terroir-practices/_search",
            "",
            {"query": {"mulit_match": {"query": "haies", "fields": ["title"]}}},
            "body.query.mulit_match: unknown property",
        ),
        (
            "PUT",
            "/terroir-practices-20261124",
            "",
            changed(INDEX, ["mappings", "properties", "embedding", "type"], "dense_vectr"),
            'body.mappings.properties.embedding.type: unknown type "dense_vectr" '
            "(aggregate_metric_double, alias, binary, boolean, byte, completion, "
            "constant_keyword, counted_keyword, date, date_nanos, date_range, dense_vector, ...)",
        ),
        (
            "PUT",
            "/terroir-practices-20261124",
            "",
            changed(INDEX, ["mappings", "properties", "embedding", "similarity"], "cosine_x"),
            'body.mappings.properties.embedding.similarity: "cosine_x" is not a '
            "valid DenseVectorSimilarity (cosine, dot_product, l2_norm, max_inner_product)",
        ),
        (
            "PUT",
            "/terroir-practices-20261124",
            "",
            changed(INDEX, ["mappings", "properties", "embedding", "dims"], 384.5),
            "body.mappings.properties.embedding.dims: expected integer, got 384.5",
        ),
        (
            "PUT",
            "/terroir-practices-20261124",
            "",
            changed(INDEX, ["settings", "analysis", "analyzer", "terroir_en"], {"type": "custom"}),
            "body.settings.analysis.analyzer.terroir_en.tokenizer: missing required property",
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "search_type=foo",
            None,
            'query.search_type: "foo" is not a valid SearchType',
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "size=ten",
            None,
            'query.size: "ten" is not a valid integer',
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "timeout=1 minute",
            None,
            'query.timeout: "1 minute" is not a valid Duration',
        ),
        (
            "POST",
            "/_bulk",
            "refrsh=true",
            ndjson({"delete": {"_index": "a", "_id": "1"}}),
            "query.refrsh: unknown parameter",
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "",
            {"size": 1.5},
            "body.size: expected integer, got 1.5",
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "",
            {"query": {"match_all": {}, "term": {"language": "fr"}}},
            "body.query: needs exactly one variant key, found ['match_all', 'term']",
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "",
            {"aggs": {"names": {"aggs": {}}}},
            "body.aggs.names: needs exactly one variant key, found none",
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "",
            {"knn": {"query_vector": [0.1], "k": 1}},
            "body.knn.field: missing required property",
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "",
            changed(SEARCH, ["highlight", "pre_tags"], "<mark>"),
            'body.highlight.pre_tags: expected list of string, got "<mark>"',
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "",
            {"query": {"terms": {"language": ["fr"], "categories": ["haies"]}}},
            "body.query.terms: needs exactly one field key, found ['language', 'categories']",
        ),
        (
            "POST",
            "/terroir-practices/_search",
            "",
            {"query": {"match": {"title": "haies", "body": "haies"}}},
            "body.query.match: needs exactly one key, found 2",
        ),
        (
            "POST",
            "/terroir-practices/_pit",
            "",
            None,
            "query.keep_alive: missing required parameter",
        ),
        ("POST", "/_serch/x/y/z", "", None, "POST /_serch/x/y/z: no endpoint accepts this path"),
        (
            "PATCH",
            "/terroir-practices",
            "",
            None,
            "PATCH /terroir-practices: method not allowed, "
            "expected ['DELETE', 'GET', 'HEAD', 'PUT']",
        ),
        (
            "PUT",
            "/terroir-practices/_search",
            "",
            {},
            "PUT /terroir-practices/_search: method not allowed, expected ['GET', 'POST']",
        ),
        (
            "POST",
            "/terroir-practices/_refresh",
            "",
            {"force": True},
            "body: this endpoint takes no body",
        ),
        ("POST", "/_aliases", "", None, "body: required by this endpoint"),
        (
            "POST",
            "/terroir-practices/_search",
            "",
            b"{'size': 1}",
            "body: invalid JSON: "
            "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        ),
    ],
)
def test_mistakes_are_errors(method, path, query, body, expected):
    found = errors(method, path, query, body, NDJSON if path == "/_bulk" else JSON)
    assert found == [expected]


def test_a_body_needs_its_content_type():
    assert errors("POST", "/_search", "", {}, "text/plain") == [
        "headers.content-type: 'text/plain' is not one of ['application/json']"
    ]
    assert errors("POST", "/_bulk", "", ndjson({"delete": {"_index": "a", "_id": "1"}}), JSON) == [
        "headers.content-type: 'application/vnd.elasticsearch+json; compatible-with=8' "
        "is not one of ['application/x-ndjson']"
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ndjson({"delete": {"_index": "a", "_id": "1"}}, {"index": {"_index": "a", "_id": "2"}}),
            "body[line 2]: index action without the line that must follow it",
        ),
        (
            ndjson({"index": {"_id": "2"}}, {"title": "Haies"}),
            "body[line 1].index._index: required when the path names no index",
        ),
        (
            ndjson({"index": {"_index": "a", "_idx": "2"}}, {"title": "Haies"}),
            "body[line 1].index._idx: unknown property",
        ),
        (
            ndjson({"update": {"_index": "a", "_id": "2"}}, {"title": "Haies"}),
            "body[line 2].title: unknown property",
        ),
        (
            ndjson({"index": {"_index": "a"}, "delete": {"_index": "a", "_id": "1"}}, {}),
            "body[line 1]: needs exactly one variant key, found ['index', 'delete']",
        ),
        (ndjson({"delete": {"_index": "a", "_id": "1"}})[:-1], "body: must end with a newline"),
    ],
)
def test_bulk_mistakes_are_errors_with_line_numbers(lines, expected):
    assert errors("POST", "/_bulk", "", lines, NDJSON) == [expected]


def test_most_literal_template_wins():
    assert specification().validate("GET", "/_search", "", None, None).endpoint == "search"
    assert (
        specification().validate("GET", "/_alias", "", None, None).endpoint == "indices.get_alias"
    )
    assert specification().validate("GET", "/terroir", "", None, None).endpoint == "indices.get"
    assert specification().validate("PUT", "/t/_doc/1", "", b"{}", JSON).endpoint == "index"


def test_allowed_deviations_silence_only_their_endpoint_and_path(monkeypatch):
    monkeypatch.setattr(spec, "ALLOWED_DEVIATIONS", (("search", "body.slice.*", "ES: an integer"),))
    body = {"slice": {"id": 0, "max": 2}}
    assert errors("POST", "/t/_search", "", body) == []
    assert errors("POST", "/t/_search", "", body | {"size": "2"}) == [
        'body.size: expected integer, got "2"'
    ]
    assert errors("POST", "/t/_delete_by_query", "", body | {"query": {"match_all": {}}}) == [
        "body.slice.id: expected string, got 0"
    ]
