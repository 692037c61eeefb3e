"""Elasticsearch behind the circuit breaker, with another engine answering while it does not."""

import logging
from dataclasses import replace

from elastic_transport import TransportError
from elasticsearch import ApiError

from search.engine.base import SearchEngine, SearchQuery, SearchResult
from search.engine.elasticsearch.breaker import breaker, is_outage

logger = logging.getLogger(__name__)


class FallbackEngine:
    """Elasticsearch while it answers; the fallback engine, saying so, while it does not."""

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
