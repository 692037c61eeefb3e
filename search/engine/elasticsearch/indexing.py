"""The Elasticsearch index's write side: deliveries, lifecycle, reconcile.

One alias (`<prefix>-practices`) always names the index searches read. A rebuild fills a new
versioned index (`<prefix>-practices-<timestamp>`) while searches keep reading the old one, swaps
the alias in one atomic `_aliases` call, then deletes the old indexes. Page changes reach the
index through the outbox (elasticsearch.outbox), which calls `pages_deliver`; `index_reconcile`
catches up after an outage.
"""

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from elastic_transport import TransportError
from elasticsearch import ApiError, BadRequestError, Elasticsearch, NotFoundError, helpers
from elasticsearch.dsl import Index, Search

from search.documents import (
    INDEXED_MODELS,
    indexable,
    indexable_page_ids,
    page_document,
    pages_indexable,
)
from search.engine.elasticsearch.client import alias_name, bulk_client, client
from search.engine.elasticsearch.mapping import (
    PracticeDocument,
    elastic_source,
    preferred_languages,
)
from search.models import OutboxEntry

logger = logging.getLogger(__name__)

BATCH = 500


# --- documents ---------------------------------------------------------------------------------


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
    for start in range(0, len(page_ids), BATCH):
        pages = pages_indexable(page_ids[start : start + BATCH])
        members = _translation_members({str(page.translation_key) for page in pages})
        preferred = {}
        for group in members.values():
            preferred.update(preferred_languages(group))
        for page in pages:
            yield page.pk, elastic_source(page.pk, page_document(page), preferred.get(page.pk, []))


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
    count = bulk_write(_index_actions(name, documents(indexable_page_ids()), read_stamp()), es=es)
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
    settled = list(
        OutboxEntry.objects.filter(created_at__lt=timezone.now()).values_list("pk", flat=True)
    )  # entries committed later are left for the worker
    alias_ensure()
    es = bulk_client()
    stamp = read_stamp()
    indexed = _indexed_digests(es)
    live = indexable_page_ids()
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
