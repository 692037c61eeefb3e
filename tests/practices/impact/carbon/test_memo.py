"""The memoised estimate of a practice's site (carbon.site_estimate, what the dashboard and the
practice page read) gives exactly what the model computed afresh gives (carbon.site_model, with
the practice's own tags, which the memo reduces to "says no-till"): the same figures, the same
seeded interval, the same notes, in each language."""

import itertools
import random

from django.utils import translation

import pytest

from practices.impact.carbon import NotEstimable, _site_estimate, site_estimate, site_model

ZONES = ("tropical_moist", "tropical_dry", "warm_temperate_moist", "cool_temperate_dry",
         "boreal_moist", "polar_dry", "")  # fmt: skip
SOILS = (("LX", "coarse"), ("FR", "fine"), ("AN", ""), ("HS", ""), ("GL", "medium"), ("", ""))
LAND_USES = ("", "cropland_annual", "cropland_perennial", "grazing", "forest", "agroforestry")
CATEGORIES = ("reduced-tillage", "cover-crops", "organic-amendments", "agroforestry",
              "grazing-management", "integrated-soil-fertility", "biochar",
              "water-harvesting")  # fmt: skip
TAGS = ((), ("no-till",), ("mulch", "semis direct"))


def answer(result) -> dict:
    if isinstance(result, NotEstimable):
        return {"not_estimable": str(result.reason)}
    return result.as_dict()


def sample(count: int, seed: int = 14) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        soil_group, texture = rng.choice(SOILS)
        cases.append(
            {
                "ipcc_zone": rng.choice(ZONES),
                "soil_group": soil_group,
                "texture": texture,
                "land_use": rng.choice(LAND_USES),
                "slugs": rng.sample(CATEGORIES, rng.randint(1, 3)),
                "tags": rng.choice(TAGS),
            }
        )
    return cases


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_sample_of_practices_gets_what_it_got_before_the_memo(language):
    cases = sample(300)
    estimable = 0
    with translation.override(language):
        _site_estimate.cache_clear()
        for case in cases:
            first = answer(site_estimate(**case))  # computed, then kept
            assert first == answer(site_model(**case)), case
            assert answer(site_estimate(**case)) == first  # read back from the memo
            estimable += "not_estimable" not in first
    assert 50 < estimable < len(cases)  # the sample holds both kinds


def test_each_distinct_question_is_computed_once():
    _site_estimate.cache_clear()
    cases = [dict(zip(("ipcc_zone", "land_use"), pair, strict=True))
             for pair in itertools.product(ZONES[:3], LAND_USES[:2])]  # fmt: skip
    for case in cases * 50:  # 300 practices, 6 distinct sites
        site_estimate(**case, soil_group="LX", texture="", slugs=["cover-crops"], tags=())
    info = _site_estimate.cache_info()
    assert info.misses == len(cases) and info.hits == 49 * len(cases)


def test_notes_follow_the_readers_language():
    case = {"ipcc_zone": "tropical_moist", "soil_group": "FR", "texture": "", "land_use": "grazing",
            "slugs": ["cover-crops", "grazing-management"], "tags": ()}  # fmt: skip
    with translation.override("en"):
        english = site_estimate(**case).notes
    with translation.override("fr"):
        french = site_estimate(**case).notes
    assert english and [str(n) for n in english] != [str(n) for n in french]
