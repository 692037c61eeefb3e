"""Facet titles and labels for the search pages and the API."""

from search.engine.base import FACETS
from search.presentation import FACET_TITLES, Labeller


def test_every_facet_has_a_title_and_a_place_in_the_order():
    assert sorted(FACET_TITLES) == sorted(FACETS)


def test_coded_values_are_labelled_from_the_vocabulary(db):
    label = Labeller()
    assert label("slope_class", "gentle").startswith("Gentle")
    assert label("koppen", "BSh").startswith("BSh — ")
    assert label("kind", "video") == "Video"
    assert label("texture", "unknown-code") == "unknown-code"
