"""Coastal farms are farms: a point the 1 km land mask calls sea, with land within 2 km, is
derived at the nearest land cell and says so; open sea stays an error."""

import math

from django.conf import settings

import pytest

from practices.conditions.derive import COAST_KM, LocationError
from practices.conditions.grids import PackedLandMask
from practices.conditions.site import site_derive, sites_derive

COASTAL_FARMS = [
    # (place, latitude, longitude, country): each at sea on the 1 km mask, land within 2 km.
    ("Wexford farm, Ireland (issue 12)", 52.2934, -6.4205, "IE"),
    ("Mekong delta, Trần Đề coast", 9.33, 106.10, "VN"),
    ("Nile delta, Damietta coast", 31.39, 31.98, "EG"),
]


@pytest.fixture(scope="module")
def mask():
    return PackedLandMask(settings.VAR_DIR / "cache")


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    north = (a[0] - b[0]) * 111.32
    east = ((a[1] - b[1] + 180) % 360 - 180) * 111.32 * math.cos(math.radians(a[0]))
    return math.hypot(north, east)


@pytest.mark.parametrize(("place", "latitude", "longitude", "country"), COASTAL_FARMS)
def test_a_coastal_farm_is_derived_at_the_land_beside_it(mask, place, latitude, longitude, country):
    assert not mask.is_land(latitude, longitude), "the mask must call this point sea"
    derived = site_derive(latitude=latitude, longitude=longitude)
    assert derived.snapped_to is not None, place
    assert mask.is_land(*derived.snapped_to)
    assert km((latitude, longitude), derived.snapped_to) <= COAST_KM
    assert (derived.latitude, derived.longitude) == (latitude, longitude)  # the farm's own
    assert derived.country == country
    assert derived.koppen and derived.rainfall_mm > 0 and derived.ipcc_zone


def test_the_wexford_farm_has_its_country_and_climate():
    derived = site_derive(latitude=52.2934, longitude=-6.4205)
    assert (derived.country, derived.koppen) == ("IE", "Cfb")
    assert derived.snapped_to is not None


def test_a_point_on_land_is_not_snapped():
    assert site_derive(latitude=52.30, longitude=-6.50).snapped_to is None


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (30.0, -40.0),  # mid-Atlantic
        (52.29, -6.30),  # 8 km off Wexford
        (9.20, 106.40),  # 15 km off the Mekong's mouths
    ],
)
def test_open_sea_stays_an_error(latitude, longitude):
    with pytest.raises(LocationError, match="at sea") as caught:
        site_derive(latitude=latitude, longitude=longitude)
    assert caught.value.field == "latitude"


def test_the_nearest_land_is_found_across_the_antimeridian(mask):
    # Taveuni, Fiji, straddles 180°: land at 179.996° W, sea at 179.999° E.
    assert not mask.is_land(-16.8, 179.999)
    snapped = mask.nearest_land(-16.8, 179.999, within_km=COAST_KM)
    assert snapped is not None and snapped[1] < -179.9 and mask.is_land(*snapped)


def test_the_nearest_of_several_land_cells_wins(mask):
    snapped = mask.nearest_land(52.2934, -6.4205, within_km=COAST_KM)
    # Every land cell of the 5 km around is at least as far as the one chosen.
    step = 1 / 120
    for i in range(-6, 7):
        for j in range(-10, 11):
            cell = (52.2934 + i * step, -6.4205 + j * step)
            if mask.is_land(*cell):
                assert km((52.2934, -6.4205), snapped) <= km((52.2934, -6.4205), cell) + 0.7


def test_bulk_keeps_order_with_errors_between():
    results = sites_derive(points=[(52.2934, -6.4205), (30.0, -40.0), (None, 2.0), (13.51, 2.11)])
    assert results[0].country == "IE" and results[0].snapped_to
    assert isinstance(results[1], LocationError) and isinstance(results[2], LocationError)
    assert results[3].country == "NE" and results[3].snapped_to is None
