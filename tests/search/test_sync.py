"""Index sync (search.sync): every change to what visitors may see reaches the index.

Every test runs on the embedded engine, and again on a real Elasticsearch when ELASTICSEARCH_URL
is set (`pytest -m elasticsearch`; the `engine` fixture in conftest.py)."""

from wagtail.models import PageViewRestriction

import pytest

from practices.models import PracticeCategory
from tests.search.conftest import search

pytestmark = pytest.mark.usefixtures("engine")


def test_unpublish_delete_and_move_reach_the_index(world, libraries):
    world["india"].unpublish()
    assert search(text="deccan").total == 0
    world["india"].save_revision().publish()
    assert search(text="deccan").total == 1
    world["brazil"].delete()
    assert search(text="sertao").total == 0
    world["ireland"].move(libraries["es"], pos="last-child")
    moved = search(text="clover")
    assert moved.hits[0].document["url"].startswith("/es/")


def test_unpublishing_the_library_hides_its_practices(world, libraries):
    libraries["en"].unpublish()
    assert search(page_size=100).total == 0


def test_a_page_made_private_leaves_the_index_and_comes_back(world):
    restriction = PageViewRestriction.objects.create(
        page=world["india"], restriction_type="password", password="secret"
    )
    assert search(text="deccan").total == 0
    restriction.delete()
    assert search(text="deccan").total == 1


def test_a_private_library_hides_its_branch(world, libraries):
    PageViewRestriction.objects.create(page=libraries["en"], restriction_type="login")
    assert search(page_size=100).total == 0


def test_deleting_a_category_removes_it_from_documents_and_facets(world):
    PracticeCategory.objects.filter(slug="cover-crops").delete()
    result = search(page_size=100)
    assert "cover-crops" not in {f.value for f in result.facets["category"]}
    assert search(filters={"category": frozenset({"cover-crops"})}).total == 0


def test_republishing_an_unpublished_library_brings_its_practices_back(world, libraries):
    libraries["en"].unpublish()
    assert search(page_size=100).total == 0
    libraries["en"].save_revision().publish()
    assert search(page_size=100).total == 4
