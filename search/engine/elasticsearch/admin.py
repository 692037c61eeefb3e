"""Wagtail's admin search on Elasticsearch, behind the public search's circuit breaker.

WAGTAILSEARCH_BACKENDS (knowledge/settings/base.py) names two backends when ELASTICSEARCH_URL is
set: this one as "default", and Wagtail's database backend as "fallback". Wagtail writes every
indexed object (pages, drafts included, images, documents, media) to both on save, the database
one in the saving transaction, so the fallback is always current.

- Searches, autocompletes and facets go to Elasticsearch while the breaker lets them; when it is
  open, or the call fails, the same query is answered by the database backend.
- Writes on the save path (Wagtail's signal handlers: one document at a time) go through the
  breaker with ELASTICSEARCH_SAVE_TIMEOUT and no retry, so a save waits on a stalled cluster once
  at most (a timeout opens the breaker); a write skipped or failed is logged and caught up by
  `reconcile_search_index` or `rebuild_search_index`, which rebuild the admin indexes (Wagtail's
  atomic rebuild: a new index, then an alias swap).
- Index management and bulk loads (those rebuilds, Wagtail's `update_index`) wait up to
  ELASTICSEARCH_BULK_TIMEOUT.
"""

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from django.conf import settings
from django.core.management import call_command

from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)

from elastic_transport import TransportError
from elasticsearch import ApiError

from search.engine.elasticsearch.breaker import breaker, is_outage

logger = logging.getLogger(__name__)

ES_ERRORS = (TransportError, ApiError)


def _guarded(call: Callable[[], Any]) -> tuple[bool, Any]:
    """(True, what the call returned) when the breaker let it through and Elasticsearch
    answered; (False, the error or None) otherwise. Records the outcome in the breaker."""
    if not breaker.allow():
        return False, None
    try:
        value = call()
    except ES_ERRORS as error:
        if is_outage(error):
            breaker.failure(error)
        else:  # it answered: this request only was refused
            breaker.success()
        return False, error
    except BaseException:
        breaker.release()  # not Elasticsearch's fault: let the next call try
        raise
    breaker.success()
    return True, value


class BreakerSearchResults(Elasticsearch8SearchResults):
    """Elasticsearch's results while it answers; the fallback backend's for the same query,
    limits and score annotation when it does not."""

    fallback: Callable[[], Any] | None = None  # the same search on the fallback backend

    def _clone(self):
        new = super()._clone()
        new.fallback = self.fallback
        return new

    def _fallback_results(self):
        results = self.fallback()
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]

    def _answer(self, primary: Callable[[], Any], fallback: Callable[[Any], Any]):
        answered, value = _guarded(primary)
        if answered:
            return value
        if value is not None:
            logger.warning("Elasticsearch unavailable, admin search used the database: %s", value)
        return fallback(self._fallback_results())

    def _do_search(self):
        primary = super()._do_search
        return self._answer(lambda: list(primary()), list)

    def _do_count(self):
        return self._answer(super()._do_count, lambda results: results.count())

    def facet(self, field_name):
        primary = super().facet
        return self._answer(lambda: primary(field_name), lambda results: results.facet(field_name))


class BulkTimeoutIndex(Elasticsearch8Index):
    """Index management and bulk loads wait up to ELASTICSEARCH_BULK_TIMEOUT (searches keep the
    backend's TIMEOUT; writes on the save path are bounded by ElasticsearchAdminBackend)."""

    def __init__(self, backend, name):
        super().__init__(backend, name)
        self.es = backend.es.options(request_timeout=settings.ELASTICSEARCH_BULK_TIMEOUT)


class ElasticsearchAdminBackend(Elasticsearch8SearchBackend):
    """Wagtail's Elasticsearch 8 backend behind the circuit breaker, with a fallback backend
    (the FALLBACK entry of WAGTAILSEARCH_BACKENDS)."""

    index_class = BulkTimeoutIndex
    results_class = BreakerSearchResults

    def __init__(self, params):
        self.fallback_name = params.pop("FALLBACK")
        super().__init__(params)
        # Wagtail's index settings give its (unused) edge_ngram tokenizer a `side`, which
        # Elastic's specification does not have (tests/contract checks every request).
        self.settings["settings"]["analysis"]["tokenizer"]["edgengram_tokenizer"].pop("side")

    # --- searching ---------------------------------------------------------------------------

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        results = super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
        if isinstance(results, BreakerSearchResults):
            autocomplete = query_compiler_class is self.autocomplete_query_compiler_class
            results.fallback = partial(
                self._fallback_search, autocomplete, query, model_or_queryset, kwargs
            )
        return results

    def _fallback_search(self, autocomplete: bool, query, model_or_queryset, kwargs: dict):
        backend = get_search_backend(self.fallback_name)
        method = backend.autocomplete if autocomplete else backend.search
        return method(query, model_or_queryset, **kwargs)

    # --- writing on the save path --------------------------------------------------------------

    def add(self, obj):
        self._save_path_write(obj, lambda index: index.add_item(obj))

    def delete(self, obj):
        self._save_path_write(obj, lambda index: index.delete_item(obj))

    def _save_path_write(self, obj, write: Callable[[Elasticsearch8Index], None]) -> None:
        index = self.get_index_for_object(obj)
        index.es = self.es.options(request_timeout=settings.ELASTICSEARCH_SAVE_TIMEOUT)
        written, error = _guarded(lambda: write(index))
        if not written:  # the database backend has the change already
            logger.warning(
                "%s %s not written to the admin index %s (%s); reconcile_search_index catches "
                "it up",
                obj._meta.label,
                obj.pk,
                index.name,
                error or "circuit breaker open",
            )


def admin_backend_names() -> list[str]:
    """The WAGTAILSEARCH_BACKENDS entries that are this module's backend."""
    return [
        name
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
        if params["BACKEND"] in (__name__, f"{__name__}.ElasticsearchAdminBackend")
    ]


def admin_index_rebuild(*, stdout=None) -> list[str]:
    """Rebuild the admin's Elasticsearch indexes from the database with Wagtail's own atomic
    rebuild (new indexes filled, then the aliases swapped: admin searches answer meanwhile).
    Returns the backends rebuilt."""
    names = admin_backend_names()
    for name in names:
        call_command("update_index", backend_name=name, verbosity=0, stdout=stdout)
    return names


SearchBackend = ElasticsearchAdminBackend
