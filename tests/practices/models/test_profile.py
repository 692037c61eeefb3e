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


def test_the_country_filter_value_is_the_code():
    field = next(f for f in PracticePage.search_fields if f.field_name == "country")
    page = PracticePage(title="x", country="NE")
    assert json.dumps(field.get_value(page)) == '"NE"'
    assert field.get_value(PracticePage(title="y")) == ""
