"""Derivation of country and Köppen class from coordinates, on known places."""

from django.core.exceptions import ValidationError

import pytest

from practices.services.conditions import LocationError, profile_derive, profiles_derive
from tests.factories import PracticePageFactory


@pytest.mark.parametrize(
    ("place", "latitude", "longitude", "country", "koppen"),
    [
        ("Niamey, Sahel", 13.51, 2.11, "NE", "BSh"),
        ("Maradi, Sahel", 13.50, 7.10, "NE", "BSh"),
        ("Paris", 48.85, 2.35, "FR", "Cfb"),
        ("Brasília (southern hemisphere, west)", -15.79, -47.88, "BR", "Aw"),
        ("Stellenbosch (southern hemisphere, east)", -33.93, 18.86, "ZA", "Csb"),
        ("Iowa corn belt (northern, west)", 42.03, -93.62, "US", "Dfa"),
        ("Anantapur (Deccan)", 14.68, 77.60, "IN", "BSh"),
        ("Manaus", -3.10, -60.02, "BR", "Af"),
    ],
)
def test_known_places(place, latitude, longitude, country, koppen):
    derived = profile_derive(latitude=latitude, longitude=longitude)
    assert (derived.country, derived.koppen) == (country, koppen), place


def test_swapping_the_sign_of_longitude_moves_the_farm():
    # Niamey is 2.11° east; 2.11° west is in Burkina Faso, a neighbouring country.
    assert profile_derive(latitude=13.51, longitude=2.11).country == "NE"
    assert profile_derive(latitude=13.51, longitude=-2.11).country == "BF"


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
        profile_derive(latitude=latitude, longitude=longitude)
    assert caught.value.field == field
    assert caught.value.message


def test_atlantic_error_says_at_sea():
    with pytest.raises(LocationError, match="at sea"):
        profile_derive(latitude=30.0, longitude=-40.0)


def test_batch_derivation_keeps_order_and_reports_each_point():
    results = profiles_derive(points=[(48.85, 2.35), (30.0, -40.0), (13.51, 2.11)])
    assert results[0].country == "FR"
    assert isinstance(results[1], LocationError)
    assert results[2].country == "NE"


def test_a_practice_gets_its_country_and_climate_derived_on_save(library):
    practice = PracticePageFactory(parent=library, latitude=48.85, longitude=2.35)
    practice.refresh_from_db()
    assert (practice.country.code, practice.koppen) == ("FR", "Cfb")


def test_an_author_choice_is_kept(library):
    practice = PracticePageFactory(parent=library, latitude=48.85, longitude=2.35, koppen="Cfa")
    practice.refresh_from_db()
    assert practice.koppen == "Cfa"
    assert practice.country.code == "FR"


def test_a_practice_at_sea_is_refused(library):
    with pytest.raises(ValidationError) as caught:
        PracticePageFactory(parent=library, latitude=30.0, longitude=-40.0)
    assert "latitude" in caught.value.message_dict
