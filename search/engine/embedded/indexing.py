"""The embedded index's write side: one SearchDocument row and one word-index entry per page.

Writes happen in the caller's transaction (search.sync: a publish, an unpublish, a delete, a
move, an import), so the embedded index never disagrees with the pages once that transaction
commits. Each change moves the index version, which tells every process to reload its snapshot
(embedded.query).
"""

import secrets
from collections.abc import Iterable

from django.db import transaction

from wagtail.models import Page

from search.documents import indexable_page_ids, page_document, pages_indexable
from search.engine.base import TEXT_COLUMNS
from search.engine.embedded.fulltext import fulltext
from search.engine.embedded.text import analyse
from search.models import SearchDocument, SearchIndexState

_generation = [0]  # bumped in this process whenever it changes the index


def local_generation() -> int:
    return _generation[0]


def version_bump() -> None:
    """A new random version, not version + 1: a database restored from a backup (or a test
    database flushed and refilled) must never be mistaken for the one a process has loaded."""
    version = secrets.randbits(62) + 1
    _generation[0] += 1
    if not SearchIndexState.objects.filter(pk=1).update(version=version):
        SearchIndexState.objects.create(pk=1, version=version)


def index_version() -> int:
    return SearchIndexState.objects.filter(pk=1).values_list("version", flat=True).first() or 0


@transaction.atomic(savepoint=False)  # in the caller's transaction (search.sync)
def index_update(*, pages: Iterable[Page] = (), removed: set[int] = frozenset()) -> dict[int, str]:
    """Write these (visible) pages' documents and remove those of the `removed` page ids.
    Returns the translation keys of the removed pages that had a document."""
    keys = _remove(removed)
    _write(pages)
    version_bump()
    return keys


def _remove(page_ids: set[int]) -> dict[int, str]:
    if not page_ids:
        return {}
    documents = SearchDocument.objects.filter(page_id__in=page_ids)
    keys = {page_id: str(key) for page_id, key in documents.values_list("pk", "translation_key")}
    documents.delete()
    fulltext().delete(list(page_ids))
    return keys


def _write(pages: Iterable[Page]) -> None:
    documents, texts = [], []
    for page in pages:
        indexed = page_document(page)
        documents.append(SearchDocument(page_id=page.pk, **indexed.fields))
        language = indexed.fields["language"]
        texts.append((page.pk, *(analyse(indexed.words[c], language) for c in TEXT_COLUMNS)))
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
    ids = indexable_page_ids()
    for start in range(0, len(ids), batch_size):
        _write(pages_indexable(ids[start : start + batch_size]))
    version_bump()
    return len(ids)
