"""The maps' version: a token in the shared cache, renewed whenever what a map shows may have
changed (a page published, unpublished, moved or deleted, a view restriction, an organisation
saved; practices.network.receivers). Cached maps are keyed by it, so every process of the
machine draws a map again after a change, and only then."""

import uuid

from django.core.cache import cache

VERSION_KEY = "terroir:maps:version"


def maps_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def maps_forget() -> None:
    """What the maps show changed: each is drawn again on its next request."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
