"""The search engine interface and the engine in use.

Every view and the JSON API call `get_engine()` and speak only the types of `base`; which engine
answers (embedded now; Elasticsearch when configured, in a later issue) is a setting.
"""

from functools import cache

from search.engine.base import SearchEngine


@cache
def get_engine() -> SearchEngine:
    from search.engine.embedded import EmbeddedEngine

    return EmbeddedEngine()
