"""Numbers as farmers type them (issue 13): a decimal comma is a decimal separator, and nothing
is ever changed silently — what cannot be read one way only is refused, in the reader's language,
and the form keeps what was typed."""

from django.test import Client

import pytest

from practices.forms.numbers import (
    LocalFloatField,
    LocalIntegerField,
    degrees_read,
    number_read,
)
from practices.models import Member
from tests.factories import member_client


@pytest.mark.parametrize(
    ("typed", "read"),
    [("13,58", 13.58), ("13.58", 13.58), ("-6,42", -6.42), ("0,5", 0.5), (" 1 200 ", 1200),
     ("1\u202f200", 1200), ("\u22126.42", -6.42), (",5", 0.5)],
)  # fmt: skip
def test_a_comma_or_a_point_is_the_decimal_separator(typed, read):
    assert number_read(typed) == read


@pytest.mark.parametrize("typed", ["1.200,5", "1,200.5", "12°21'N", "600mm", "1..2", "--3", ""])
def test_what_is_not_one_number_is_refused(typed):
    with pytest.raises(ValueError):
        number_read(typed)


def test_a_whole_number_field_refuses_a_separator_rather_than_guess():
    field = LocalIntegerField(required=False)
    assert field.clean("1200") == 1200 and field.clean("1 200") == 1200
    for ambiguous in ("1,200", "1.200", "12,5"):
        with pytest.raises(Exception, match="whole number"):
            field.clean(ambiguous)


def test_a_decimal_field_takes_either_separator():
    field = LocalFloatField(required=False, min_value=0)
    assert field.clean("0,5") == field.clean("0.5") == 0.5


def test_a_french_farm_is_saved_where_it_was_typed(libraries):
    client = member_client("awa@example.org")
    response = client.post(
        "/fr/accounts/farm/",
        {"farm_name": "Ferme du baobab", "latitude": "13,58", "longitude": "-2,42",
         "temperature_c": "28,4"},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    farm = Member.objects.get(user=client.user)
    assert (farm.latitude, farm.longitude, farm.temperature_c) == (13.58, -2.42, 28.4)
    assert farm.country.code == "BF"


def test_an_ambiguous_rainfall_is_refused_in_spanish_and_kept(libraries):
    client = member_client("rosa@example.org")
    response = client.post(
        "/es/accounts/farm/",
        {"farm_name": "Finca", "latitude": "-16,50", "longitude": "-68,19", "rainfall_mm": "1.200"},
    )  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 400
    assert "Indique un número entero" in page
    assert 'value="1.200"' in page and 'value="-16,50"' in page
    assert Member.objects.get(user=client.user).latitude is None  # nothing stored


def test_farms_like_mine_reads_a_decimal_comma(libraries):
    response = Client().get("/fr/farms-like-mine/", {"latitude": "13,51", "longitude": "2,11"})
    assert response.status_code == 200
    assert "Niger" in response.content.decode()


@pytest.mark.parametrize(
    ("typed", "axis", "degrees"),
    [
        ("12°21'N", "latitude", 12.35),
        ("12° 21' 30\" S", "latitude", -12.358333),
        ("N 12.35", "latitude", 12.35),
        ("12,35", "latitude", 12.35),
        ("1°30'W", "longitude", -1.5),
        ("2°6'O", "longitude", -2.1),  # Ouest, Oeste
        ("-2.1", "longitude", -2.1),
    ],
)
def test_degrees_as_copied_from_a_map(typed, axis, degrees):
    assert degrees_read(typed, axis=axis) == pytest.approx(degrees)


@pytest.mark.parametrize(
    ("typed", "axis"),
    [("12E", "latitude"), ("-12N", "latitude"), ("12°61'N", "latitude"), ("12°N 3", "latitude")],
)
def test_degrees_that_say_two_things_are_refused(typed, axis):
    with pytest.raises(ValueError):
        degrees_read(typed, axis=axis)
