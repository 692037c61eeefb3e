"""Keeping the indexes equal to the live, public pages.

Writes happen in the caller's transaction (a publish, an unpublish, a delete, a move, an
import), so the embedded index never disagrees with the pages once that transaction commits.
When Elasticsearch is configured, the same transaction queues the pages in the outbox
(search.outbox), delivered after the commit; the embedded index stays current as its fallback.
"""

import secrets
from collections.abc import Iterable

from django.db import transaction

from wagtail.models import Page

from search.documents import INDEXED_MODELS, indexable, page_document
from search.fulltext import COLUMNS, fulltext
from search.models import SearchDocument, SearchIndexState
from search.outbox import outbox_add

_generation = [0]  # bumped in this process whenever it changes the index


def local_generation() -> int:
    return _generation[0]


def _bump_version() -> None:
    """A new random version, not version + 1: a database restored from a backup (or a test
    database flushed and refilled) must never be mistaken for the one a process has loaded."""
    version = secrets.randbits(62) + 1
    _generation[0] += 1
    if not SearchIndexState.objects.filter(pk=1).update(version=version):
        SearchIndexState.objects.create(pk=1, version=version)


def index_version() -> int:
    return SearchIndexState.objects.filter(pk=1).values_list("version", flat=True).first() or 0


def pages_indexable(page_ids: Iterable[int]) -> list[Page]:
    """Those of these pages that are live and public, with what their documents need."""
    pages = []
    for model in INDEXED_MODELS:
        queryset = indexable(model.objects.filter(pk__in=page_ids)).select_related("locale")
        if model.__name__ == "PracticePage":
            queryset = queryset.select_related("region").prefetch_related(
                "categories", "tagged_items__tag"
            )
        else:
            queryset = queryset.prefetch_related("categories")
        pages += list(queryset)
    return pages


@transaction.atomic
def pages_sync(page_ids: Iterable[int]) -> None:
    """Index these pages if they are live and public now, remove them otherwise."""
    page_ids = set(page_ids)
    if not page_ids:
        return
    keep = {page.pk: page for page in pages_indexable(page_ids)}
    removed = _remove(page_ids - set(keep))
    _write(keep.values())
    _bump_version()
    outbox_add({**removed, **{pk: str(page.translation_key) for pk, page in keep.items()}})


@transaction.atomic
def remove_pages(page_ids: set[int]) -> None:
    removed = _remove(page_ids)
    _bump_version()
    outbox_add({page_id: removed.get(page_id) for page_id in page_ids})


def _remove(page_ids: set[int]) -> dict[int, str]:
    """Removes these pages' documents; returns the translation keys of those there were."""
    if not page_ids:
        return {}
    documents = SearchDocument.objects.filter(page_id__in=page_ids)
    removed = {page_id: str(key) for page_id, key in documents.values_list("pk", "translation_key")}
    documents.delete()
    fulltext().delete(list(page_ids))
    return {page_id: removed.get(page_id) for page_id in page_ids}


def _write(pages: Iterable[Page]) -> None:
    documents, texts = [], []
    for page in pages:
        indexed = page_document(page)
        documents.append(SearchDocument(page_id=page.pk, **indexed.fields))
        analysed = indexed.text
        texts.append((page.pk, *(analysed[c] for c in COLUMNS)))
    if not documents:
        return
    ids = [d.page_id for d in documents]
    SearchDocument.objects.filter(page_id__in=ids).delete()
    SearchDocument.objects.bulk_create(documents, batch_size=500)
    words = fulltext()
    words.delete(ids)
    words.insert(texts)


@transaction.atomic
def index_rebuild(*, batch_size: int = 1000) -> int:
    """Drop everything and index every live, public page again; returns the count."""
    SearchDocument.objects.all().delete()
    fulltext().clear()
    count = 0
    for model in INDEXED_MODELS:
        ids = list(indexable(model.objects.all()).values_list("pk", flat=True))
        for start in range(0, len(ids), batch_size):
            pages = pages_indexable(ids[start : start + batch_size])
            _write(pages)
            count += len(pages)
    _bump_version()
    return count
