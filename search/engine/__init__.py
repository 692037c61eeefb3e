"""The search engine interface and the engine in use.

Every view and the JSON API call `get_engine()` and speak only the types of `base`. Which engine
answers is a setting: the embedded engine (search.engine.embedded), or — when ELASTICSEARCH_URL
is set — Elasticsearch (search.engine.elasticsearch), behind a circuit breaker that falls back to
the embedded engine (kept current alongside).
"""

from django.conf import settings
from django.utils.module_loading import import_string

from practices.loading import load_once
from search.engine.base import SearchEngine


@load_once  # one engine, one snapshot in memory, however many threads start at once
def embedded_engine() -> SearchEngine:
    # Named, and loaded on first use, as Wagtail loads its search backends: they import
    # search.documents, which imports this package's base (imported with this package, a cycle).
    return import_string("search.engine.embedded.query.EmbeddedEngine")()


@load_once
def _scale_out_engine() -> SearchEngine:
    fallback = import_string("search.engine.elasticsearch.fallback.FallbackEngine")
    elasticsearch = import_string("search.engine.elasticsearch.query.ElasticsearchEngine")
    return fallback(elasticsearch(), embedded_engine())


def get_engine() -> SearchEngine:
    if settings.ELASTICSEARCH_URLS:
        return _scale_out_engine()
    return embedded_engine()
