"""The IPCC 2019 climate zone and WOCAT's agro-climatic zone of a site."""

import json
from pathlib import Path

from django.conf import settings

import numpy as np
import pytest

from practices.conditions.site import site_derive
from practices.conditions.zones import IPCC_ZONES, agro_climatic_zone, ipcc_climate_zone
from practices.vocabulary import AgroClimaticZone

# The Tier 1 data the carbon estimate reads (DESIGN.md: beside the repository, in shared/).
TIER1 = Path(settings.BASE_DIR).parent / "shared" / "data" / "ipcc2019_tier1.json"


def zone(mat, *, map_=800.0, pet=None, coldest=None, warmest=None, elevation=100.0, frost=None):
    """The zone of a site with a steady climate around `mat` (°C), given its annual rainfall
    and PET (mm), the coldest and warmest months, its elevation and whether it is frost-free."""
    coldest = mat - 5 if coldest is None else coldest
    warmest = mat + 5 if warmest is None else warmest
    temperatures = np.linspace(coldest, warmest, 12)[None, :]
    temperatures += mat - temperatures.mean()
    pet = 900.0 if pet is None else pet
    frost = (coldest >= 12) if frost is None else frost
    return ipcc_climate_zone(
        temperatures=temperatures,
        rainfall=np.array([[map_ / 10] * 10 + [0, 0]]),  # sums to map_ exactly
        pet=np.full((1, 12), pet / 12),
        frost_free=[frost],
        elevation_m=[elevation],
    )[0]


@pytest.mark.parametrize(
    ("expected", "site"),
    [
        ("tropical_montane", {"mat": 20, "elevation": 1500}),
        ("tropical_wet", {"mat": 26, "map_": 2500}),
        ("tropical_moist", {"mat": 26, "map_": 1500}),
        ("tropical_dry", {"mat": 26, "map_": 600}),
        ("tropical_dry", {"mat": 26, "map_": 1000}),  # "MAP > 1000" is strict
        ("warm_temperate_moist", {"mat": 15, "map_": 1000, "pet": 800}),
        ("warm_temperate_dry", {"mat": 15, "map_": 500, "pet": 800}),
        ("warm_temperate_dry", {"mat": 20, "map_": 300, "frost": False}),  # warm but frosty
        ("cool_temperate_moist", {"mat": 8, "map_": 800, "pet": 600}),
        ("cool_temperate_dry", {"mat": 8, "map_": 400, "pet": 600}),
        ("boreal_moist", {"mat": -3, "coldest": -25, "warmest": 15, "map_": 500, "pet": 400}),
        ("boreal_dry", {"mat": -3, "coldest": -25, "warmest": 15, "map_": 300, "pet": 400}),
        ("polar_moist", {"mat": -10, "warmest": 5, "map_": 300, "pet": 100}),
        ("polar_dry", {"mat": -10, "warmest": 5, "map_": 80, "pet": 100}),
    ],
)
def test_the_decision_tree(expected, site):
    assert zone(**site) == expected


def test_every_branch_gives_one_of_the_twelve_codes():
    assert len(set(IPCC_ZONES)) == 12
    zones = {zone(m, map_=p, pet=600, warmest=w) for m in (-10, 5, 15, 25) for p in (300, 1500)
             for w in (5, 30)}  # fmt: skip
    assert zones <= set(IPCC_ZONES)


@pytest.mark.skipif(not TIER1.exists(), reason="shared/data is not beside this checkout")
def test_codes_are_the_tier1_tables_names():
    tables = json.loads(TIER1.read_text())["tables"]["soc_ref_t_c_per_ha"]["values"]
    assert set(tables["high_activity_clay_soils"]) == set(IPCC_ZONES)


@pytest.mark.parametrize(
    ("latitude", "longitude", "ipcc", "wocat"),
    [
        (13.51, 2.11, "tropical_dry", "arid"),  # Niamey (ERA5's dry bias: semi-arid in truth)
        (12.37, -1.52, "tropical_dry", "semi_arid"),  # Ouagadougou
        (9.84, 1.55, "tropical_moist", "sub_humid"),  # Copargo, Benin
        (-1.29, 36.82, "tropical_montane", "sub_humid"),  # Nairobi
        (-3.10, -60.02, "tropical_wet", "humid"),  # Manaus
        (40.42, -3.70, "warm_temperate_dry", "sub_humid"),  # Madrid
        (50.73, 7.02, "warm_temperate_moist", "humid"),  # Alfter, near Bonn
        (62.03, 129.73, "boreal_dry", "arid"),  # Yakutsk
        (16.77, -3.00, "tropical_dry", "arid"),  # Timbuktu
    ],
)
def test_zones_of_known_places(latitude, longitude, ipcc, wocat):
    derived = site_derive(latitude=latitude, longitude=longitude)
    assert (derived.ipcc_zone, derived.agro_climatic_zone) == (ipcc, wocat)


def test_agro_climatic_zones_by_growing_period():
    days = [0, 74, 75, 179, 180, 269, 270, 365]
    assert agro_climatic_zone(days).tolist() == [
        "arid", "arid", "semi_arid", "semi_arid", "sub_humid", "sub_humid", "humid", "humid",
    ]  # fmt: skip
    assert set(agro_climatic_zone(days)) == set(AgroClimaticZone.values)
