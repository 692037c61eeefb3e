"""Country and Köppen class from coordinates, on known places, and impossible locations."""

import pytest

from practices.conditions.derive import LocationError
from practices.conditions.site import site_derive, sites_derive

KNOWN_PLACES = [
    ("Niamey, Sahel", 13.51, 2.11, "NE", "BSh"),
    ("Maradi, Sahel", 13.50, 7.10, "NE", "BSh"),
    ("Paris", 48.85, 2.35, "FR", "Cfb"),
    ("Brasília (southern hemisphere, west)", -15.79, -47.88, "BR", "Aw"),
    ("Stellenbosch (southern hemisphere, east)", -33.93, 18.86, "ZA", "Csb"),
    ("Iowa corn belt (northern, west)", 42.03, -93.62, "US", "Dfa"),
    ("Anantapur (Deccan)", 14.68, 77.60, "IN", "BSh"),
    ("Manaus", -3.10, -60.02, "BR", "Af"),
]


@pytest.mark.parametrize(("place", "latitude", "longitude", "country", "koppen"), KNOWN_PLACES)
def test_known_places(place, latitude, longitude, country, koppen):
    derived = site_derive(latitude=latitude, longitude=longitude)
    assert (derived.country, derived.koppen) == (country, koppen), place


def test_swapping_the_sign_of_longitude_moves_the_farm():
    # Niamey is 2.11° east; 2.11° west is in Burkina Faso, a neighbouring country.
    assert site_derive(latitude=13.51, longitude=2.11).country == "NE"
    assert site_derive(latitude=13.51, longitude=-2.11).country == "BF"


@pytest.mark.parametrize(
    ("latitude", "longitude", "field"),
    [
        (30.0, -40.0, "latitude"),  # mid-Atlantic
        (91.0, 0.0, "latitude"),
        (-90.5, 0.0, "latitude"),
        (10.0, 180.5, "longitude"),
        (10.0, -181.0, "longitude"),
        (None, 2.0, "latitude"),
        (13.0, None, "longitude"),
    ],
)
def test_impossible_locations_are_field_errors(latitude, longitude, field):
    with pytest.raises(LocationError) as caught:
        site_derive(latitude=latitude, longitude=longitude)
    assert caught.value.field == field
    assert caught.value.message


def test_atlantic_error_says_at_sea():
    with pytest.raises(LocationError, match="at sea"):
        site_derive(latitude=30.0, longitude=-40.0)


def test_batch_derivation_keeps_order_and_reports_each_point():
    results = sites_derive(points=[(48.85, 2.35), (30.0, -40.0), (13.51, 2.11)])
    assert results[0].country == "FR"
    assert isinstance(results[1], LocationError)
    assert results[2].country == "NE"
