"""The profile pages and members carry (practices/models/profile.py): country and Köppen class
derived from the coordinates on save unless the author chose them, a point at sea refused, the
country indexed as its code (Elasticsearch serialises JSON)."""

import json

from django.core.exceptions import ValidationError

import pytest

from practices.models import PracticePage
from tests.factories import PracticePageFactory


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


@pytest.mark.django_db  # a new page reads the default locale
def test_the_country_filter_value_is_the_code():
    field = next(f for f in PracticePage.search_fields if f.field_name == "country")
    page = PracticePage(title="x", country="NE")
    assert json.dumps(field.get_value(page)) == '"NE"'
    assert field.get_value(PracticePage(title="y")) == ""


def test_what_the_coordinates_tell_fills_what_nobody_entered_and_says_so(library):
    practice = PracticePageFactory(
        parent=library,
        latitude=9.84,
        longitude=1.55,
        rainfall_mm=1150,  # Copargo, Benin
    )
    practice.refresh_from_db()
    assert practice.rainfall_mm == 1150  # entered: it wins, and is not called derived
    assert 25 < practice.temperature_c < 30 and 200 < practice.altitude_m < 600
    assert practice.ipcc_zone.startswith("tropical_") and practice.agro_climatic_zone
    assert "rainfall_mm" not in practice.derived_fields
    assert {"temperature_c", "altitude_m", "ipcc_zone", "koppen", "country"} <= set(
        practice.derived_fields
    )
    assert "ERA5" in practice.derived_source("temperature_c")
    assert practice.derived_source("rainfall_mm") == ""


def test_a_derived_value_corrected_by_a_person_is_theirs_from_then_on(library):
    practice = PracticePageFactory(parent=library, latitude=9.84, longitude=1.55, rainfall_mm=None)
    practice.refresh_from_db()
    assert "rainfall_mm" in practice.derived_fields
    practice.rainfall_mm = 1234
    practice.save_revision().publish()
    practice.refresh_from_db()
    assert practice.rainfall_mm == 1234 and "rainfall_mm" not in practice.derived_fields


def test_a_farm_that_moves_is_derived_again_but_keeps_what_was_entered(library):
    practice = PracticePageFactory(parent=library, latitude=9.84, longitude=1.55, rainfall_mm=999)
    practice.refresh_from_db()
    lowland = practice.altitude_m
    practice.latitude, practice.longitude = -16.50, -68.19  # El Alto, Bolivia
    practice.save_revision().publish()
    practice.refresh_from_db()
    assert practice.altitude_m > 3500 > lowland
    # IPCC 2019's tree calls the Altiplano (about 7 °C a year) cool temperate, not tropical.
    assert practice.ipcc_zone.startswith("cool_temperate") and practice.country.code == "BO"
    assert practice.rainfall_mm == 999


def test_the_page_marks_each_estimate_and_names_its_source(library, client):
    practice = PracticePageFactory(parent=library, latitude=9.84, longitude=1.55, rainfall_mm=None)
    page = client.get(practice.url).content.decode()
    conditions = page[
        page.index('id="conditions-title"') : page.index(
            "</section>", page.index('id="conditions-title"')
        )
    ]
    assert conditions.count('class="derived"') >= 5  # country, climate, zones, numbers
    assert "Estimated from the farm" in conditions
    assert "ERA5" in conditions and "pvlib" in conditions


def test_a_coastal_farm_says_where_its_conditions_were_read(library, client):
    practice = PracticePageFactory(parent=library, latitude=52.2934, longitude=-6.4205)
    practice.refresh_from_db()
    assert practice.country.code == "IE" and practice.derived["snapped_to"]
    page = client.get(practice.url).content.decode()
    assert "read at the nearest land" in page
