"""The Elasticsearch engine's query side: the same SearchQuery -> SearchResult as the embedded
engine.

- Words: `multi_match` (cross_fields, every word required) over each language's text fields,
  analysed in that language; highlighted with private-use markers (never HTML).
- Filters: `terms` per facet (OR within a facet, AND across), `range` per number. Facet counts
  honour the other facets' filters: the facet filters go in `post_filter` and each facet's
  aggregation is wrapped in a `filter` aggregation holding the others.
- Similarity: the profile's vector (search.encoder, shared with the embedded engine) against the
  `dense_vector` field: exact `script_score` with dotProduct when the filtered set is at most
  EXACT_LIMIT documents, approximate kNN (HNSW) with the same filters past that.
"""

from dataclasses import dataclass

import numpy as np
from elasticsearch.dsl import A, Q, Search

from search.encoder import Profile, block_similarities, profile_encode
from search.engine.base import (
    FACETS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    HIT_FIELDS,
    LANGUAGES,
    NUMBERS,
    TEXT_COLUMNS,
    TEXT_WEIGHTS,
    FacetCount,
    Hit,
    SearchQuery,
    SearchResult,
    query_words,
)
from search.engine.elasticsearch.client import alias_name, client
from search.engine.elasticsearch.mapping import FACET_FIELDS

EXACT_LIMIT = 10_000
KNN_MAX = 10_000  # Elasticsearch's limit for k and num_candidates
FACET_SIZE = 300
TEXT_FIELDS = [f"{c}_{lang}^{TEXT_WEIGHTS[c]}" for c in TEXT_COLUMNS for lang in LANGUAGES]
HIGHLIGHT_FIELDS = [f"{c}_{lang}" for c in ("title", "summary", "body") for lang in LANGUAGES]
SCRIPT = "doc['vector'].size() == 0 ? 1.0 : dotProduct(params.query_vector, 'vector') + 1.0"


def _field(facet: str) -> str:
    return FACET_FIELDS.get(facet, facet)


@dataclass
class _Clauses:
    must: list  # scoring (words)
    filter: list  # base filters: ranges, collapse
    must_not: list
    facets: dict  # facet name -> filter

    def query(self, *, with_facets: bool, score_words: bool = True):
        must = self.must if score_words else []
        filters = [*self.filter, *([] if score_words else self.must)]
        if with_facets:
            filters += list(self.facets.values())
        if not (must or filters or self.must_not):
            return Q("match_all")
        return Q("bool", must=must, filter=filters, must_not=self.must_not)


def _clauses(query: SearchQuery) -> _Clauses:
    must, filters, must_not = [], [], []
    words = query_words(query.text) if query.text else []
    if words:
        must.append(
            Q("multi_match", query=" ".join(words), fields=TEXT_FIELDS, type="cross_fields",
              operator="and")
        )  # fmt: skip
    for name, (low, high) in sorted(query.ranges.items()):
        bounds = {key: value for key, value in (("gte", low), ("lte", high)) if value is not None}
        if bounds:
            filters.append(Q("range", **{name: bounds}))
    if query.collapse_language:
        filters.append(Q("term", preferred_in=query.collapse_language))
    if query.exclude_translation_key:
        must_not.append(Q("term", translation_key=str(query.exclude_translation_key)))
    if query.exclude_farm_key:
        must_not.append(Q("term", farm_key=query.exclude_farm_key))
    facets = {
        name: Q("terms", **{_field(name): sorted(values)})
        for name, values in sorted(query.filters.items())
        if values
    }
    return _Clauses(must, filters, must_not, facets)


class ElasticsearchEngine:
    name = "elasticsearch"

    def _search(self) -> Search:
        return Search(using=client(), index=alias_name())

    def search(self, query: SearchQuery) -> SearchResult:
        clauses = _clauses(query)
        start, stop = (query.page - 1) * query.page_size, query.page * query.page_size
        vector = profile_encode(query.profile) if query.profile is not None else None
        by_similarity = (
            vector is not None
            and bool(np.any(vector))
            and (query.sort in ("similarity", "relevance"))
        )  # a profile ranks by likeness (the words only filter), as in the embedded engine

        search = self._search().query(clauses.query(with_facets=False)).extra(track_total_hits=True)
        if clauses.facets:
            search = search.post_filter(Q("bool", filter=list(clauses.facets.values())))
        if query.facets:
            for name in FACETS:
                others = [f for other, f in clauses.facets.items() if other != name]
                scope = A("filter", Q("bool", filter=others) if others else Q("match_all"))
                scope.bucket("values", "terms", field=_field(name), size=FACET_SIZE)
                search.aggs.bucket(name, scope)

        if not by_similarity:
            response = self._page(search, query, clauses, start, stop).execute()
            total = response.hits.total.value
            hits = response.hits
        else:
            counted = search.extra(size=0).execute()
            response = counted
            total = counted.hits.total.value
            hits = self._similar(clauses, vector, total, start, stop).execute().hits
        facets = self._facets(response) if query.facets else {}
        return SearchResult(
            [self._hit(hit, query, vector) for hit in hits],
            total,
            facets,
            self.name,
            query.page,
            query.page_size,
        )

    def _page(self, search: Search, query: SearchQuery, clauses, start: int, stop: int) -> Search:
        search = search.source(list(HIT_FIELDS))[start:stop]
        if clauses.must and query.sort == "relevance":
            return (
                search.sort("_score", {"page_id": "asc"})
                .highlight_options(
                    fragment_size=160,
                    number_of_fragments=1,
                    pre_tags=[HIGHLIGHT_START],
                    post_tags=[HIGHLIGHT_END],
                )
                .highlight(*HIGHLIGHT_FIELDS)
            )
        return search.sort(
            {"published_at": {"order": "desc", "missing": "_last"}}, {"page_id": "asc"}
        )

    def _similar(self, clauses: _Clauses, vector: np.ndarray, total: int, start, stop) -> Search:
        """Exact scores when the filtered set is small enough; approximate kNN past that."""
        search = self._search().source(list(HIT_FIELDS))
        filtered = clauses.query(with_facets=True, score_words=False)
        query_vector = [float(x) for x in vector]
        if total <= EXACT_LIMIT:
            scored = Q(
                "script_score",
                query=filtered,
                script={"source": SCRIPT, "params": {"query_vector": query_vector}},
            )
            return search.query(scored).sort("_score", {"page_id": "asc"})[start:stop]
        k = min(stop, KNN_MAX)
        return search.knn(
            field="vector",
            k=k,
            num_candidates=min(KNN_MAX, max(100, 2 * k)),
            query_vector=query_vector,
            filter=filtered,
        )[start:stop]

    @staticmethod
    def _facets(response) -> dict[str, list[FacetCount]]:
        facets = {}
        for name in FACETS:
            buckets = response.aggregations[name]["values"]["buckets"]
            facets[name] = sorted(
                (FacetCount(str(b["key"]), int(b["doc_count"])) for b in buckets if b["key"]),
                key=lambda facet: (-facet.count, facet.value),
            )
        return facets

    @staticmethod
    def _hit(hit, query: SearchQuery, vector: np.ndarray | None) -> Hit:
        source = hit.to_dict()
        # As the embedded engine's rows: "" for a missing code, None for a missing number.
        document = {name: source.get(name, None if name in NUMBERS else "") for name in HIT_FIELDS}
        document["page_id"] = int(hit.meta.id)
        document["categories"] = ";".join(source.get("categories") or [])
        similarity, blocks, score = None, {}, None
        if vector is not None:
            own = profile_encode(Profile.from_mapping(source))
            similarity = float(np.dot(vector, own))
            blocks = block_similarities(vector, own)
        elif query.text and hit.meta.score is not None:
            score = float(hit.meta.score)
        highlight = ""
        if "highlight" in hit.meta:
            found = hit.meta.highlight.to_dict()
            for name in HIGHLIGHT_FIELDS:
                if found.get(name):
                    highlight = found[name][0]
                    break
        return Hit(document["page_id"], score, similarity, blocks, document, highlight)
