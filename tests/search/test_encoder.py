"""The profile -> vector encoder: the similarity model of DESIGN.md."""

from dataclasses import fields

import numpy as np
import pytest

from practices.models.profile import PROFILE_FIELDS, PROFILE_INDEXED
from search.encoder import DIMENSION, OFFSETS, Profile, block_similarities, profile_encode


def sim(a: Profile, b: Profile) -> float:
    return float(profile_encode(a) @ profile_encode(b))


def test_vectors_are_unit_length_and_fixed_size():
    vector = profile_encode(Profile(koppen="BSh", rainfall_mm=500, soil_group="AR"))
    assert vector.shape == (DIMENSION,)
    assert vector.dtype == np.float32
    assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)


def test_nothing_known_gives_a_zero_vector():
    assert not profile_encode(Profile()).any()


def test_a_missing_attribute_contributes_nothing():
    vector = profile_encode(Profile(koppen="BSh"))
    start, stop = OFFSETS["rainfall"]
    assert not vector[start:stop].any()


def test_identical_profiles_are_fully_similar():
    profile = Profile(koppen="Cfb", rainfall_mm=800, temperature_c=11, texture="medium")
    assert sim(profile, profile) == pytest.approx(1.0, abs=1e-5)


def test_near_rainfall_is_more_similar_than_far_rainfall():
    base = Profile(rainfall_mm=520)
    assert (
        sim(base, Profile(rainfall_mm=600))
        > sim(base, Profile(rainfall_mm=900))
        > sim(base, Profile(rainfall_mm=2500))
    )


def test_climate_hierarchy_class_then_two_letters_then_group():
    bsh = Profile(koppen="BSh")
    assert (
        sim(bsh, Profile(koppen="BSh"))
        > sim(bsh, Profile(koppen="BSk"))
        > sim(bsh, Profile(koppen="BWh"))
        > sim(bsh, Profile(koppen="Cfb"))
    )
    assert sim(bsh, Profile(koppen="Cfb")) == 0


def test_ordered_classes_overlap_with_their_neighbours():
    flat = Profile(slope_class="flat")
    assert sim(flat, Profile(slope_class="gentle")) > sim(flat, Profile(slope_class="steep"))


def test_a_missing_attribute_does_not_lower_similarity():
    farm = Profile(koppen="BSh", rainfall_mm=500, soil_group="AR")
    with_other_soil = Profile(koppen="BSh", rainfall_mm=500, soil_group="VR")
    soil_unknown = Profile(koppen="BSh", rainfall_mm=500)
    assert sim(farm, soil_unknown) > sim(farm, with_other_soil)


def test_block_similarities_name_only_blocks_both_know():
    blocks = block_similarities(
        profile_encode(Profile(koppen="BSh", rainfall_mm=500)),
        profile_encode(Profile(koppen="BSh", texture="coarse")),
    )
    assert set(blocks) == {"koppen", "koppen_two", "koppen_group"}
    assert blocks["koppen"] == pytest.approx(1.0)


def test_a_profile_holds_the_compared_conditions_of_the_one_list():
    """The conditions the encoder compares, in the order of practices.models.profile (the
    country and the agro-climatic zone follow from the others; soil depth and organic matter are
    described, not compared)."""
    compared = [
        name
        for name in PROFILE_FIELDS
        if name in PROFILE_INDEXED and name not in ("country", "agro_climatic_zone")
    ]
    assert [field.name for field in fields(Profile)] == compared
