import pytest

from practices.services.site import site_structure_ensure


@pytest.fixture
def libraries(db):
    """The English, French and Spanish home pages and practice libraries."""
    return site_structure_ensure()


@pytest.fixture
def library(libraries):
    return libraries["en"]
