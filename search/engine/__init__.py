"""The search engine interface and the engine in use.

Every view and the JSON API call `get_engine()` and speak only the types of `base`. Which engine
answers is a setting: the embedded engine, or — when ELASTICSEARCH_URL is set — Elasticsearch,
behind a circuit breaker that falls back to the embedded engine (kept current alongside).
"""

import logging
from dataclasses import replace

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from elastic_transport import TransportError
from elasticsearch import ApiError

from practices.loading import load_once
from search.breaker import breaker, is_outage
from search.engine.base import SearchEngine, SearchQuery, SearchResult

logger = logging.getLogger(__name__)


@load_once  # one engine, one snapshot in memory, however many threads start at once
def embedded_engine() -> SearchEngine:
    from search.engine.embedded import EmbeddedEngine

    return EmbeddedEngine()


class FallbackEngine:
    """Elasticsearch while it answers; the embedded engine, saying so, while it does not."""

    name = "elasticsearch"

    def __init__(self, primary: SearchEngine, fallback: SearchEngine):
        self.primary, self.fallback = primary, fallback

    def search(self, query: SearchQuery) -> SearchResult:
        if breaker.allow():
            try:
                result = self.primary.search(query)
            except (TransportError, ApiError) as error:
                if is_outage(error):
                    breaker.failure(error)
                    logger.warning("Elasticsearch unavailable, embedded engine used: %s", error)
                else:  # it answered: refused this query only (e.g. a page past its window)
                    breaker.success()
                    logger.info("Elasticsearch refused a query, embedded engine used: %s", error)
            except BaseException:
                breaker.release()  # not Elasticsearch's fault: let the next call try
                raise
            else:
                breaker.success()
                return result
        return replace(self.fallback.search(query), fallback=True)


@load_once
def _scale_out_engine() -> SearchEngine:
    from search.engine.elastic import ElasticsearchEngine

    return FallbackEngine(ElasticsearchEngine(), embedded_engine())


def get_engine() -> SearchEngine:
    if settings.ELASTICSEARCH_URLS:
        return _scale_out_engine()
    return embedded_engine()


@receiver(setting_changed)
def _search_settings_changed(setting, **kwargs):
    if setting == "ELASTICSEARCH_URLS":  # another cluster: start afresh
        breaker.reset()
