"""Search behaviour behind the engine interface: ranking, facets, text, rebuild.

Every test runs on the embedded engine, and again on a real Elasticsearch when ELASTICSEARCH_URL
is set (`pytest -m elasticsearch`; the `engine` fixture in conftest.py)."""

import io

from django.core.management import call_command

from wagtail.models import Locale

import pytest

from practices.models import PracticePage
from search.documents import farm_key
from search.encoder import Profile
from search.engine.embedded import query as embedded
from search.explain import reasons
from tests.factories import PracticePageFactory
from tests.search.conftest import SAHEL, search, titles

pytestmark = pytest.mark.usefixtures("engine")


def test_sahel_farm_ranks_semi_arid_practices_of_other_continents_first(world):
    result = search(profile=Profile(**SAHEL), sort="similarity")
    order = titles(result)
    for dry in ("Zaï pits in the Deccan", "Stone lines in the sertão"):
        for humid in ("Cover crops in Normandy", "Clover in grassland"):
            assert order.index(dry) < order.index(humid)


def test_temperate_oceanic_farm_ranks_the_other_way(world):
    result = search(
        profile=Profile(koppen="Cfb", rainfall_mm=800, temperature_c=11), sort="similarity"
    )
    assert titles(result)[0] == "Cover crops in Normandy"
    assert titles(result).index("Clover in grassland") < titles(result).index(
        "Zaï pits in the Deccan"
    )


def test_explanations_name_what_really_matched(world):
    profile = Profile(**SAHEL)
    result = search(profile=profile, sort="similarity")
    deccan = next(h for h in result.hits if h.document["title"] == "Zaï pits in the Deccan")
    why = reasons(profile, deccan.document, deccan.block_similarities)
    assert any("BSh" in reason for reason in why)
    assert any("600 mm" in reason and "500 mm" in reason for reason in why)
    normandy = next(h for h in result.hits if h.document["title"] == "Cover crops in Normandy")
    assert not any(
        "climate" in r for r in reasons(profile, normandy.document, normandy.block_similarities)
    )


def test_drafts_and_unpublished_translations_never_appear(world):
    everything = search(page_size=100)
    assert "Secret zaï draft" not in titles(everything)
    assert "Couverts végétaux en Normandie" not in titles(everything)
    assert everything.total == 4
    assert search(text="secret").total == 0


def test_facet_counts_equal_matching_practices(world):
    result = search(page_size=100)
    counts = {f.value: f.count for f in result.facets["category"]}
    assert counts == {"water-harvesting": 2, "cover-crops": 2}
    outcomes = {f.value: f.count for f in result.facets["outcome"]}
    assert outcomes == {"worked": 2, "did_not_work": 1, "mixed": 1}


def test_filters_or_within_a_facet_and_across_facets(world):
    both_countries = search(filters={"country": frozenset({"IN", "FR"})})
    assert both_countries.total == 2
    and_outcome = search(
        filters={"country": frozenset({"IN", "FR"}), "outcome": frozenset({"worked"})}
    )
    assert and_outcome.total == 2
    and_category = search(
        filters={"country": frozenset({"IN", "FR"}), "category": frozenset({"cover-crops"})}
    )
    assert titles(and_category) == ["Cover crops in Normandy"]
    # A facet's counts honour the other facets' filters, not its own:
    countries = {f.value: f.count for f in and_category.facets["country"]}
    assert countries == {"FR": 1, "IE": 1}


def test_ranges(world):
    assert sorted(titles(search(ranges={"rainfall_mm": (500, 700)}))) == [
        "Stone lines in the sertão",
        "Zaï pits in the Deccan",
    ]
    assert titles(search(ranges={"rainfall_mm": (900, None)})) == ["Clover in grassland"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("zai", "Zaï pits in the Deccan"),  # accents folded
        ("crop", "Cover crops in Normandy"),  # English stemming
        ("covering", "Cover crops in Normandy"),
        ("Normandie", "Cover crops in Normandy"),  # cross-language stems
        ("végétaux", None),  # only in the unpublished French translation
        ("MUSTARD", "Cover crops in Normandy"),
    ],
)
def test_words(world, words, expected):
    found = titles(search(text=words))
    assert (expected in found) if expected else found == []


def test_french_and_spanish_stemming(libraries):
    PracticePageFactory(parent=libraries["fr"], title="Le sol et la culture du mil")
    PracticePageFactory(parent=libraries["es"], title="Cultivos de cobertura en suelos arenosos")
    assert titles(search(text="sols")) == ["Le sol et la culture du mil"]
    assert titles(search(text="cultures")) == ["Le sol et la culture du mil"]
    assert titles(search(text="suelo")) == ["Cultivos de cobertura en suelos arenosos"]


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '"zaï',
        "zaï*",
        "-zaï",
        "NEAR(zaï pits)",
        "zaï OR",
        "((((",
        "a AND",
        "'; DROP TABLE search_fts; --",
        "^*:",
    ],
)
def test_fts_syntax_in_user_input_never_raises(world, hostile):
    search(text=hostile)


def test_collapsing_translations_shows_one_version(world, libraries):

    french = world["india"].copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Zaï dans le Deccan"
    french.save_revision().publish()
    assert search(text="zai").total == 2
    assert titles(search(text="zai", collapse_language="fr")) == ["Zaï dans le Deccan"]
    assert titles(search(text="zai", collapse_language="es")) == ["Zaï pits in the Deccan"]


def test_rebuild_gives_the_same_index(world):
    before = search(page_size=100)
    call_command("rebuild_search_index", stdout=io.StringIO())
    after = search(page_size=100)
    assert titles(after) == titles(before) and after.total == 4


def test_practices_of_the_same_farm_or_translations_can_be_excluded(world):
    india = world["india"]
    result = search(
        profile=Profile(**SAHEL),
        sort="similarity",
        exclude_translation_key=str(india.translation_key),
        exclude_farm_key=farm_key(-9.39, -40.50),
    )
    assert "Zaï pits in the Deccan" not in titles(result)
    assert "Stone lines in the sertão" not in titles(result)
    assert PracticePage.objects.live().count() == 4


def test_selective_filters_still_find_matches_beyond_the_ranking_cap(world, monkeypatch):
    monkeypatch.setattr(embedded, "RANK_CAP", 1)
    # "rains" is in every practice's summary; only the Brazilian one is in Brazil.
    result = search(text="rains", filters={"country": frozenset({"BR"})})
    assert titles(result) == ["Stone lines in the sertão"]
    assert result.hits[0].score is not None  # ranked, not merely listed
