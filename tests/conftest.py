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
    """Each test starts with an empty cache (label and navigation caches outlive rollbacks)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
