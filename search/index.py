"""Keeping the embedded index equal to the live, public pages.

Writes happen in the caller's transaction (a publish, an unpublish, a delete, a move, an
import), so the index never disagrees with the pages once that transaction commits.
"""

import secrets
from collections.abc import Iterable

from django.db import transaction

from wagtail.models import Page

from search.documents import INDEXED_MODELS, indexable, page_document
from search.fulltext import COLUMNS, fulltext
from search.models import SearchDocument, SearchIndexState

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


def _indexable_pages(page_ids: Iterable[int]) -> list[Page]:
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
    keep = {page.pk: page for page in _indexable_pages(page_ids)}
    _remove(page_ids - set(keep))
    _write(keep.values())
    _bump_version()


@transaction.atomic
def remove_pages(page_ids: set[int]) -> None:
    _remove(page_ids)
    _bump_version()


def _remove(page_ids: set[int]) -> None:
    if not page_ids:
        return
    SearchDocument.objects.filter(page_id__in=page_ids).delete()
    fulltext().delete(list(page_ids))


def _write(pages: Iterable[Page]) -> None:
    documents, texts = [], []
    for page in pages:
        indexed = page_document(page)
        documents.append(SearchDocument(page_id=page.pk, **indexed.fields))
        texts.append((page.pk, *(indexed.text[c] for c in COLUMNS)))
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
            pages = _indexable_pages(ids[start : start + batch_size])
            _write(pages)
            count += len(pages)
    _bump_version()
    return count
