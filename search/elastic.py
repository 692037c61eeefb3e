"""The Elasticsearch index of live, public pages: mapping, client, documents, lifecycle, reconcile.

One alias (`<prefix>-practices`) always names the index searches read. A rebuild fills a new
versioned index (`<prefix>-practices-<timestamp>`) while searches keep reading the old one, swaps
the alias in one atomic `_aliases` call, then deletes the old indexes. Documents are built from
the same page -> document function as the embedded engine (search.documents), so both engines
hold the same pages, fields and vectors.
"""

import hashlib
import json
import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.utils import timezone

import numpy as np
from elastic_transport import TransportError
from elasticsearch import ApiError, BadRequestError, Elasticsearch, NotFoundError, helpers
from elasticsearch.dsl import (
    Date,
    DenseVector,
    Document,
    Float,
    GeoPoint,
    Index,
    Keyword,
    Long,
    MetaField,
    Search,
    Text,
    analyzer,
    token_filter,
)

from search.documents import INDEXED_MODELS, IndexedPage, indexable, page_document
from search.encoder import DIMENSION
from search.engine.base import HIGHLIGHT_END, HIGHLIGHT_START
from search.fulltext import COLUMNS
from search.text import LANGUAGES

logger = logging.getLogger(__name__)

BATCH = 500

# Each language's analyzer: its own stop words and a light stemmer, then accents folded, so that
# "maïs" finds "mais" as in the embedded engine (search.text).
_ANALYZERS = {
    "en": analyzer(
        "terroir_en",
        tokenizer="standard",
        filter=[
            token_filter("terroir_en_possessive", "stemmer", language="possessive_english"),
            "lowercase",
            token_filter("terroir_en_stop", "stop", stopwords="_english_"),
            token_filter("terroir_en_stemmer", "stemmer", language="english"),
            "asciifolding",
        ],
    ),
    "fr": analyzer(
        "terroir_fr",
        tokenizer="standard",
        filter=[
            token_filter(
                "terroir_fr_elision",
                "elision",
                articles_case=True,
                articles=[
                    "l",
                    "m",
                    "t",
                    "qu",
                    "n",
                    "s",
                    "j",
                    "d",
                    "c",
                    "jusqu",
                    "quoiqu",
                    "lorsqu",
                    "puisqu",
                ],
            ),  # fmt: skip
            "lowercase",
            token_filter("terroir_fr_stop", "stop", stopwords="_french_"),
            token_filter("terroir_fr_stemmer", "stemmer", language="light_french"),
            "asciifolding",
        ],
    ),
    "es": analyzer(
        "terroir_es",
        tokenizer="standard",
        filter=[
            "lowercase",
            token_filter("terroir_es_stop", "stop", stopwords="_spanish_"),
            token_filter("terroir_es_stemmer", "stemmer", language="light_spanish"),
            "asciifolding",
        ],
    ),
}
TEXT_FIELDS = {f"{column}_{language}" for column in COLUMNS for language in LANGUAGES}
# Facet name (search.engine.base.FACETS) -> keyword field.
FACET_FIELDS = {"category": "categories"}


class _PracticeFields(Document):
    page_id = Long()
    kind = Keyword()
    language = Keyword()
    translation_key = Keyword()
    preferred_in = Keyword()  # languages in which this version stands for its translations
    title = Keyword(index=False)
    summary = Keyword(index=False)
    url = Keyword(index=False)
    categories = Keyword()
    tags = Keyword()
    country = Keyword()
    region = Keyword()
    koppen = Keyword()
    koppen_group = Keyword()
    agro_climatic_zone = Keyword()
    slope_class = Keyword()
    soil_group = Keyword()
    texture = Keyword()
    land_use = Keyword()
    water_supply = Keyword()
    outcome = Keyword()
    evidence = Keyword()
    farm_key = Keyword()
    rainfall_mm = Float()
    temperature_c = Float()
    altitude_m = Float()
    latitude = Float(index=False)
    longitude = Float(index=False)
    location = GeoPoint()
    published_at = Date()
    vector = DenseVector(
        dims=DIMENSION,
        similarity="dot_product",  # the encoder's vectors have unit length
        index=True,
        index_options={"type": "hnsw", "m": 16, "ef_construction": 100},
    )
    digest = Keyword(index=False)  # of the rest of the document, for reconcile

    class Meta:
        dynamic = MetaField("strict")


# The practice document: the fields above, plus one text field per word-index column and
# language, analysed in that language (title_en, title_fr, …, labels_es).
PracticeDocument = type(
    "PracticeDocument",
    (_PracticeFields,),
    {
        f"{column}_{language}": Text(analyzer=_ANALYZERS[language])
        for column in COLUMNS
        for language in LANGUAGES
    },
)


def elastic_enabled() -> bool:
    return bool(settings.ELASTICSEARCH_URLS)


def alias_name() -> str:
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-practices"


def client() -> Elasticsearch:
    """The request-path client: short timeout, no retries (a save or a search never waits on
    a struggling cluster; the outbox and the circuit breaker take over)."""
    return _client(
        tuple(settings.ELASTICSEARCH_URLS),
        settings.ELASTICSEARCH_TIMEOUT,
        settings.ELASTICSEARCH_CA_CERTS,
    )


def bulk_client(timeout: float | None = None) -> Elasticsearch:
    """For writes: ELASTICSEARCH_BULK_TIMEOUT unless told (deliveries made inside a request)."""
    return client().options(request_timeout=timeout or settings.ELASTICSEARCH_BULK_TIMEOUT)


@cache
def _client(urls: tuple[str, ...], timeout: float, ca_certs: str | None) -> Elasticsearch:
    return Elasticsearch(
        list(urls),
        request_timeout=timeout,
        max_retries=0,
        retry_on_timeout=False,
        ca_certs=ca_certs,
    )


# --- documents ---------------------------------------------------------------------------------


def preferred_languages(members: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    """For the indexed versions (page id, language) of one translated page: the languages in
    which each version is the one shown — its own, and for languages the page is not translated
    into, the first version's (as the embedded engine's collapse does)."""
    members = sorted(members)
    present = {language for _page_id, language in members}
    first = members[0][0] if members else None
    return {
        page_id: sorted(
            code
            for code in LANGUAGES
            if code == language or (code not in present and page_id == first)
        )
        for page_id, language in members
    }


def elastic_source(page_id: int, indexed: IndexedPage, preferred_in: list[str]) -> dict:
    fields = indexed.fields
    language = fields["language"]
    vector = np.frombuffer(fields["vector"], dtype=np.float32)
    latitude, longitude = fields["latitude"], fields["longitude"]
    source = {
        "page_id": page_id,
        **{
            name: fields[name]
            for name in (
                "kind",
                "language",
                "title",
                "summary",
                "url",
                "country",
                "region",
                "koppen",
                "agro_climatic_zone",
                "slope_class",
                "soil_group",
                "texture",
                "land_use",
                "water_supply",
                "outcome",
                "evidence",
                "rainfall_mm",
                "temperature_c",
                "altitude_m",
                "latitude",
                "longitude",
                "farm_key",
            )
        },  # fmt: skip
        "translation_key": str(fields["translation_key"]),
        "preferred_in": preferred_in,
        "categories": [c for c in fields["categories"].split(";") if c],
        "tags": indexed.tags,
        "koppen_group": fields["koppen"][:1],
        "published_at": fields["published_at"].isoformat() if fields["published_at"] else None,
        "location": {"lat": latitude, "lon": longitude}
        if latitude is not None and longitude is not None
        else None,
        # A profile with nothing known has no direction: it is left out, since dot_product
        # accepts only unit-length vectors (a search treats the document as similarity 0).
        "vector": [round(float(x), 7) for x in vector] if np.any(vector) else None,
        **{f"{column}_{language}": _no_markers(text) for column, text in indexed.words.items()},
    }
    source = {name: value for name, value in source.items() if value not in ("", None, [])}
    source["digest"] = hashlib.sha1(
        json.dumps(source, sort_keys=True).encode(), usedforsecurity=False
    ).hexdigest()
    return source


def _no_markers(text: str) -> str:
    """Highlights are marked with two private-use characters: the text itself never has them."""
    return text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def _translation_members(keys: Iterable[str]) -> dict[str, list[tuple[int, str]]]:
    members = defaultdict(list)
    keys = list(keys)
    for model in INDEXED_MODELS:
        rows = (
            indexable(model.objects.filter(translation_key__in=keys))
            .values_list("pk", "translation_key", "locale__language_code")
        )  # fmt: skip
        for page_id, key, language in rows:
            members[str(key)].append((page_id, language))
    return members


def documents(page_ids: list[int]) -> Iterator[tuple[int, dict]]:
    """(page id, source) for those of these pages that are live and public, in batches."""
    from search.index import pages_indexable

    for start in range(0, len(page_ids), BATCH):
        pages = pages_indexable(page_ids[start : start + BATCH])
        members = _translation_members({str(page.translation_key) for page in pages})
        preferred = {}
        for group in members.values():
            preferred.update(preferred_languages(group))
        for page in pages:
            yield page.pk, elastic_source(page.pk, page_document(page), preferred.get(page.pk, []))


def live_page_ids() -> list[int]:
    ids = []
    for model in INDEXED_MODELS:
        ids += indexable(model.objects.all()).values_list("pk", flat=True)
    return sorted(ids)


# --- writing -----------------------------------------------------------------------------------


def read_stamp() -> int:
    """A version for documents about to be read from the database (microseconds): whoever read
    later wins, so a slow reconcile or worker never writes an older state over a newer one."""
    return time.time_ns() // 1000


def _versioned(stamp: int) -> dict:
    return {"version": stamp, "version_type": "external_gte"}


def _index_actions(index: str, sources: Iterable[tuple[int, dict]], stamp: int) -> Iterator[dict]:
    for page_id, source in sources:
        yield {"_op_type": "index", "_index": index, "_id": str(page_id), "_source": source,
               **_versioned(stamp)}  # fmt: skip


def _delete_actions(index: str, page_ids: Iterable[int], stamp: int) -> Iterator[dict]:
    for page_id in page_ids:
        yield {"_op_type": "delete", "_index": index, "_id": str(page_id), **_versioned(stamp)}


class BulkFailed(Exception):
    pass


def bulk_write(actions: Iterable[dict], *, es: Elasticsearch | None = None) -> int:
    """Send index/delete actions; returns how many succeeded. Deleting a document that is not
    there is fine, and so is a version conflict (a newer state is there already); any other
    failed item raises BulkFailed (the caller keeps its outbox rows)."""
    done, errors = helpers.bulk(
        es or bulk_client(), actions, chunk_size=BATCH, raise_on_error=False, max_retries=0
    )
    real = [
        error
        for error in errors
        for outcome in error.values()
        if outcome.get("status") != 409 and not ("delete" in error and outcome.get("status") == 404)
    ]
    if real:
        raise BulkFailed(f"{len(real)} documents failed, first: {real[0]}")
    return done


def pages_deliver(
    page_ids: set[int], translation_keys: set[str], *, timeout: float | None = None
) -> None:
    """Bring these pages' documents up to date (and their translations', whose preferred
    language may have changed): indexed if live and public, deleted otherwise."""
    es = bulk_client(timeout)
    alias_ensure(es)
    stamp = read_stamp()
    members = _translation_members(translation_keys) if translation_keys else {}
    related = {page_id for group in members.values() for page_id, _lang in group}
    wanted = sorted(page_ids | related)
    present = list(documents(wanted))
    gone = set(page_ids) - {page_id for page_id, _source in present}
    index = alias_name()
    actions = [*_index_actions(index, present, stamp), *_delete_actions(index, sorted(gone), stamp)]
    bulk_write(actions, es=es)


# --- lifecycle ---------------------------------------------------------------------------------


def _new_index(es: Elasticsearch, *, name: str | None = None, alias: bool = False) -> str:
    """A new index; a rebuild's loads with refresh off (set back before the alias moves)."""
    name = name or f"{alias_name()}-{timezone.now():%Y%m%d%H%M%S%f}"
    index = Index(name, using=es)
    index.settings(
        number_of_shards=1,
        number_of_replicas=settings.ELASTICSEARCH_REPLICAS,
        refresh_interval="1s" if alias else "-1",
    )
    if alias:
        index.aliases(**{alias_name(): {}})
    index.document(PracticeDocument)
    index.create()
    return name


def indexes_behind_alias(es: Elasticsearch | None = None) -> list[str]:
    es = es or client()
    try:
        return sorted(es.indices.get_alias(name=alias_name()).body)
    except NotFoundError:
        return []


def alias_ensure(es: Elasticsearch | None = None) -> None:
    """Create the first index, with its alias, when there is none yet (a fresh cluster). One
    fixed name, the alias in the same request: two processes doing this at once end with one
    index behind the alias."""
    es = es or bulk_client()
    if es.indices.exists_alias(name=alias_name()).body:
        return
    try:
        _new_index(es, name=f"{alias_name()}-first", alias=True)
    except BadRequestError as error:
        if error.error != "resource_already_exists_exception":
            raise


@dataclass
class Rebuilt:
    index: str
    count: int
    removed: list[str]


def elastic_rebuild() -> Rebuilt:
    """Fill a new index with every live, public page, point the alias to it atomically, and
    delete the old indexes. Searches read the old index until the swap."""
    es = bulk_client()
    name = _new_index(es)
    count = bulk_write(_index_actions(name, documents(live_page_ids()), read_stamp()), es=es)
    es.indices.put_settings(index=name, settings={"index": {"refresh_interval": "1s"}})
    es.indices.refresh(index=name)
    old = indexes_behind_alias(es)
    actions = [{"remove": {"index": index, "alias": alias_name()}} for index in old]
    es.indices.update_aliases(actions=[*actions, {"add": {"index": name, "alias": alias_name()}}])
    # Older indexes only: a rebuild started after this one is still filling its own.
    existing = es.indices.get(index=f"{alias_name()}-*", expand_wildcards="open").body
    stale = sorted(index for index in existing if index != name and index < name)
    stale += [index for index in old if index not in stale and index != name]
    for index in stale:
        es.indices.delete(index=index)
    # Pages changed while the new index was filling went to the old one: catch up.
    try:
        index_reconcile()
    except (TransportError, ApiError, BulkFailed) as error:
        raise RebuildIncomplete(name, error) from error
    return Rebuilt(name, count, sorted(stale))


class RebuildIncomplete(Exception):
    """The alias points to the new index, but the catch-up after the swap failed."""

    def __init__(self, index: str, error: Exception):
        super().__init__(
            f"the alias now points to the new index {index}, but pages changed during the "
            f"rebuild may be missing from it ({error}); run reconcile_search_index when "
            "Elasticsearch answers again"
        )


@dataclass
class Reconciled:
    indexed: int
    deleted: int
    unchanged: int


def _indexed_digests(es: Elasticsearch) -> dict[int, str]:
    digests, after = {}, None
    while True:
        search = (
            Search(using=es, index=alias_name())
            .source(["digest"])
            .sort({"page_id": "asc"})
            .extra(size=BATCH, track_total_hits=False)
        )
        if after is not None:
            search = search.extra(search_after=after)
        hits = search.execute().hits
        for hit in hits:
            digests[int(hit.meta.id)] = hit.to_dict().get("digest")
        if len(hits) < BATCH:
            return digests
        after = list(hits[-1].meta.sort)


def index_reconcile() -> Reconciled:
    """Make the index hold exactly the live, public pages, as they are now: missing and changed
    documents written, documents of pages no longer visible deleted. The outbox entries there
    were at the start are settled by it."""
    from search.models import OutboxEntry

    settled = list(
        OutboxEntry.objects.filter(created_at__lt=timezone.now()).values_list("pk", flat=True)
    )  # entries committed later are left for the worker
    alias_ensure()
    es = bulk_client()
    stamp = read_stamp()
    indexed = _indexed_digests(es)
    live = live_page_ids()
    changed = [
        (page_id, source)
        for page_id, source in documents(live)
        if indexed.get(page_id) != source["digest"]
    ]
    gone = sorted(set(indexed) - set(live))
    index = alias_name()
    bulk_write(
        [*_index_actions(index, changed, stamp), *_delete_actions(index, gone, stamp)], es=es
    )
    es.indices.refresh(index=index)
    for start in range(0, len(settled), BATCH):
        OutboxEntry.objects.filter(pk__in=settled[start : start + BATCH]).delete()
    return Reconciled(len(changed), len(gone), len(live) - len(changed))


def index_count() -> int:
    return bulk_client().count(index=alias_name()).body["count"]
