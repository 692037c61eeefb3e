"""practices.wagtail_internals: each private attribute it relies on still does what the helper
says, so that an upgrade of Wagtail, treebeard or Django that changes one fails here, not in
production (a slower page, a page under the wrong parent, a site looked up twice)."""

from django.test import RequestFactory

from wagtail.models import Site

import pytest

from practices.models import PracticePage
from practices.wagtail_internals import (
    child_placed,
    parent_remember,
    request_host,
    site_lookup,
    site_remember,
)
from tests.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


def test_a_remembered_parent_is_not_queried_again(library, django_assert_num_queries):
    practice = PracticePage.objects.get(pk=PracticePageFactory(parent=library).pk)
    parent_remember(practice, library)
    with django_assert_num_queries(0):
        assert practice.get_parent() is library


def test_pages_placed_in_bulk_follow_the_last_child_in_tree_order(library):
    last = PracticePageFactory(parent=library, slug="first")
    pages = [PracticePage(title=title, slug=title) for title in ("second", "third")]
    after = last.path
    for page in pages:
        after = child_placed(page, parent=library, after=after)
        page.save(clean=False)
    library.numchild += len(pages)
    library.save(update_fields=["numchild"])

    children = [page.slug for page in library.get_children()]
    assert children == ["first", "second", "third"]
    assert [page.url_path for page in pages] == [
        f"{library.url_path}second/",
        f"{library.url_path}third/",
    ]
    assert pages[0].get_parent().pk == library.pk


def test_the_first_child_placed_under_an_empty_parent(library):
    page = PracticePage(title="Alone", slug="alone")
    path = child_placed(page, parent=library, after=None)
    assert path.startswith(library.path) and len(path) == len(library.path) + 4
    assert page.depth == library.depth + 1


def test_a_remembered_site_answers_find_for_request_without_a_query(
    libraries, django_assert_num_queries
):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    site = Site.objects.get(is_default_site=True)
    site_remember(request, site)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site


def test_the_uncached_lookup_and_the_raw_host(libraries):
    request = RequestFactory().get("/", HTTP_HOST="example.org:8080")
    assert request_host(request) == "example.org:8080"
    assert site_lookup(request) == Site.objects.get(is_default_site=True)  # the default site
