"""Wagtail's own search index (the admin's) for practices, with a bulk mode for imports.

PracticePage opts out of modelsearch's automatic signal handlers (`search_auto_update =
False`) and is indexed by the handlers below instead: at once, as before, except inside
`search_index_deferred()`, where saves are queued and indexed in bulk when the block ends
(one call per model instead of one per save). The reference index (the admin's "usage"
counts) is refreshed at the same time.
"""

import threading
from contextlib import contextmanager

from django.db import transaction

from modelsearch import index
from modelsearch.backends import get_search_backends
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

_state = threading.local()


def _pending() -> dict | None:
    return getattr(_state, "pending", None)


def practice_saved(sender, instance, raw=False, **kwargs) -> None:
    if raw:
        return
    pending = _pending()
    if pending is not None:
        pending.setdefault(sender, set()).add(instance.pk)
        return
    index.insert_or_update_object(instance)


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
            backend.add_bulk(model, objects)
        for obj in objects:
            ReferenceIndex.create_or_update_for_object(obj)
