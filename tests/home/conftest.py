"""Practices for the home page's tests: two live, one draft."""

import pytest

from tests.factories import PracticePageFactory


@pytest.fixture
def practices(libraries):
    library = libraries["en"]
    made = [
        PracticePageFactory(parent=library, farmers=10, area_ha=2.5),
        PracticePageFactory(parent=library, farmers=5, area_ha=1.0, latitude=48.85, longitude=2.35),
    ]
    draft = PracticePageFactory(parent=library, farmers=1000, latitude=-15.79, longitude=-47.88)
    draft.unpublish()
    return made
