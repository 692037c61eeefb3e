"""The demo's places (practices/demo/content/places.toml): coded with the site's vocabulary, in
the regions every site installs, each with a crop the practice templates can name."""

from dataclasses import fields

from practices.demo import texts
from practices.demo.places import PLACES, Place
from practices.demo.practice_pages import PLACE_CONDITIONS
from practices.models import PracticePage
from practices.models.profile import PROFILE_FIELDS
from practices.services.taxonomy import taxonomy_data

PLACE_FIELDS = {field.name: field.type for field in fields(Place)}


def test_a_place_carries_every_profile_field_but_the_derived_climate_classes():
    assert set(PROFILE_FIELDS) - {"koppen", "ipcc_zone"} <= set(PLACE_FIELDS)


def test_every_value_has_the_type_of_its_field():
    types = {int: int, float: float, str: str, tuple[str, ...]: tuple}
    for place in PLACES:
        for name, annotation in PLACE_FIELDS.items():
            assert type(getattr(place, name)) is types[annotation], (place.name, name)
    assert len({place.name for place in PLACES}) == len(PLACES) >= 100


def test_conditions_are_in_the_vocabulary():
    for name in PLACE_CONDITIONS:
        allowed = {value for value, _ in PracticePage._meta.get_field(name).choices}
        for place in PLACES:
            assert getattr(place, name) in allowed, (place.name, name)
    assert {place.agro_climatic_zone for place in PLACES} <= set(texts.SUITED)


def test_every_place_lies_in_its_region_and_grows_a_crop_the_templates_can_name():
    regions = {entry["slug"]: entry["countries"] for entry in taxonomy_data()["regions"]}
    for place in PLACES:
        assert place.country in regions[place.region], place.name
        assert set(place.crops) <= set(texts.CROPS), place.name
        assert set(place.crops) - texts.LIVESTOCK, place.name
