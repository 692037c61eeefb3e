"""Wagtail's own search index (the admin's) for practices, with a bulk mode for imports.

PracticePage opts out of modelsearch's automatic signal handlers (`search_auto_update =
False`) and is indexed by the handlers below instead: at once, as before, except inside
`search_index_deferred()`, where saves are queued and indexed in bulk when the block ends
(one call per model instead of one per save). The reference index (the admin's "usage"
counts) is refreshed at the same time.
"""

import logging
import threading
from contextlib import contextmanager

from django.db import transaction

from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

_state = threading.local()
logger = logging.getLogger(__name__)


def _pending() -> dict | None:
    return getattr(_state, "pending", None)


def practice_saved(sender, instance, raw=False, **kwargs) -> None:
    if raw:
        return
    pending = _pending()
    if pending is not None:
        pending.setdefault(sender, set()).add(instance.pk)
        return
    # As modelsearch's own handler: a task, run at once here and by the worker in production,
    # so that a save never waits on an external search service.
    insert_or_update_object_task.enqueue(
        sender._meta.app_label, sender._meta.model_name, str(instance.pk)
    )


def practice_deleted(sender, instance, **kwargs) -> None:
    pending = _pending()
    if pending is not None:
        pending.get(sender, set()).discard(instance.pk)
    index.remove_object(instance)


@contextmanager
def search_index_deferred():
    """Queue search-index and reference-index updates of the block; flush them in bulk."""
    if _pending() is not None:  # nested: the outer block flushes
        yield
        return
    _state.pending = {}
    try:
        with disable_reference_index_auto_update():
            yield
        for model, pks in _state.pending.items():
            _index_bulk(model, pks)
    finally:
        _state.pending = None


def _index_bulk(model, pks: set) -> None:
    if not pks:
        return
    objects = list(
        model.objects.filter(pk__in=pks).prefetch_related("categories", "tagged_items__tag")
    )
    with transaction.atomic():
        for backend in get_search_backends(with_auto_update=True):
            if not backend.catch_indexing_errors:  # the database backend: same transaction
                backend.add_bulk(model, objects)
                continue
            try:  # an external service (Elasticsearch): never fail or undo the import for it
                backend.add_bulk(model, objects)
            except Exception:
                logger.exception(
                    "Admin search index not updated for %d imported pages (run "
                    "`manage.py update_index` when the search service is back)",
                    len(objects),
                )
        for obj in objects:
            ReferenceIndex.create_or_update_for_object(obj)
