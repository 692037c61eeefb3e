import pytest

from practices.services.site import site_structure_ensure


@pytest.fixture
def libraries(db):
    """The English, French and Spanish home pages and practice libraries."""
    return site_structure_ensure()


@pytest.fixture
def library(libraries):
    return libraries["en"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with empty caches (label and navigation caches outlive rollbacks, and
    rate-limit counts have a cache of their own)."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()
