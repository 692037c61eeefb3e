import pytest

from practices.regions.services import regions_structure_ensure


@pytest.fixture
def indexes(libraries):
    """The events and twin-regions index pages of each language."""
    return regions_structure_ensure()
