"""The Elasticsearch clients, and the alias that names the index searches read."""

from functools import cache

from django.conf import settings

from elasticsearch import Elasticsearch


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
