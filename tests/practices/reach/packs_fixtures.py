"""Fixtures of the packs, sheets, share and text-only tests (imported by their modules: the
directory's conftest.py belongs to the renditions' tests). Packs and sheets are files: each
test writes them to its own directory."""

import pytest
from wagtail_factories import ImageFactory

from practices.models import PracticeCategory, Region
from tests.factories import PracticePageFactory, TutorialPageFactory


@pytest.fixture(autouse=True)
def reach_directories(settings, tmp_path):
    settings.TERROIR_PACKS_DIR = tmp_path / "packs"
    settings.TERROIR_SHEETS_DIR = tmp_path / "sheets"


@pytest.fixture(name="zai_pack")
def zai_pack_fixture(libraries):
    """Four live Sahel water-harvesting practices in French (one with a photo, one with a
    tutorial explaining it), a draft of the same kind, and one in English."""
    library = libraries["fr"]
    category = PracticeCategory.objects.get(slug="water-harvesting", locale=library.locale)
    region = next(r for r in Region.objects.filter(locale=library.locale) if "NE" in r.countries)
    photo = ImageFactory(title="Des trous de zaï")
    practices = [
        PracticePageFactory(
            parent=library, title=f"Zaï numéro {n}", region=region, categories=[category]
        )
        for n in range(4)
    ]
    practices[0].photo = photo
    practices[0].save_revision().publish()
    draft = PracticePageFactory(
        parent=library, title="Brouillon secret", region=region, categories=[category]
    )
    draft.unpublish()
    tutorial = TutorialPageFactory(parent=library, title="Creuser un zaï", live=True)
    tutorial.practices.set([practices[1]])
    tutorial.save_revision().publish()
    english = PracticePageFactory(parent=libraries["en"], title="Zai in English")
    return {"practices": practices, "draft": draft, "tutorial": tutorial, "english": english}
