"""Altitude from coordinates: pvlib's terrain map through AltitudeGrid."""

import random

from django.conf import settings

import pytest
from pvlib.location import lookup_altitude  # the function this grid replaces, as reference

from practices.conditions.grids import AltitudeGrid
from practices.conditions.site import site_derive
from tests.practices.conditions.known_sites import KNOWN_SITES


@pytest.fixture(scope="module")
def grid():
    return AltitudeGrid(settings.VAR_DIR / "cache")


def test_the_grid_answers_as_pvlib(grid):
    rng = random.Random(5)
    points = [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(1000)]
    points += [(90, -180), (-90, 180), (0, 0), (30, -40)]
    points += [(site.latitude, site.longitude) for site in KNOWN_SITES]
    assert [grid.lookup(lat, lon) for lat, lon in points] == [
        lookup_altitude(lat, lon) for lat, lon in points
    ]


@pytest.mark.parametrize(
    ("latitude", "longitude", "published"),
    [
        (-1.2864, 36.8172, 1706),  # Nairobi (issue 12: 1,706 m; the city 1,600–1,800 m)
        (-16.50, -68.19, 3974),  # El Alto (issue 12: 3,974 m; airport 4,061 m)
        (13.5116, 2.1254, 222),  # Niamey (issue 12: 222 m; airport 223 m)
    ],
)
def test_known_places(latitude, longitude, published):
    # 28 m steps over 9 km cells: within 150 m of a town's altitude away from cliffs.
    assert site_derive(latitude=latitude, longitude=longitude).altitude_m == pytest.approx(
        published, abs=150
    )


@pytest.mark.parametrize("site", KNOWN_SITES, ids=lambda site: site.name)
def test_altitudes_of_the_verified_places(site):
    derived = site_derive(latitude=site.latitude, longitude=site.longitude).altitude_m
    assert derived == pytest.approx(site.altitude_m, abs=150)


def test_the_sea_is_at_zero_as_pvlib_says(grid):
    assert grid.lookup(30.0, -40.0) == 0.0
