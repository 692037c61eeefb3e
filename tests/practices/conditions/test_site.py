"""site_derive: one call for everything the coordinates say, with its sources, from any
number of threads of a fresh process."""

import json
import os
import subprocess
import sys

from django.conf import settings
from django.utils import translation

import pytest

from practices.conditions.derive import LocationError
from practices.conditions.grids import PackedLandMask
from practices.conditions.site import FIELD_SOURCES, SOURCES, SiteConditions, site_derive
from practices.conditions.zones import IPCC_ZONES
from practices.vocabulary import AgroClimaticZone, KoppenClass
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


# A fresh Python: nothing loaded, no climate or altitude cache yet. Every thread derives every
# place at the same moment; they build the caches (one of them, under the machine lock) and
# load them (once, under load_once) while the others wait.
COLD_PROCESS = """
import json, sys, threading
from pathlib import Path
import django
django.setup()
from django.conf import settings
settings.VAR_DIR = Path(sys.argv[1])
from practices.conditions.site import site_derive
places, threads = json.loads(sys.argv[2]), int(sys.argv[3])
start = threading.Barrier(threads)
answers = []
def derive(offset):
    start.wait()
    for index in range(len(places)):
        latitude, longitude = places[(offset + index) % len(places)]
        try:
            d = site_derive(latitude=latitude, longitude=longitude + offset * 1e-7)
            answers.append([latitude, longitude, d.country, d.rainfall_mm, d.altitude_m,
                            d.ipcc_zone, d.agro_climatic_zone])
        except Exception as error:
            answers.append([latitude, longitude, "error", repr(error)])
workers = [threading.Thread(target=derive, args=(n,)) for n in range(threads)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(json.dumps(answers))
"""


@pytest.mark.slow
def test_derivation_from_many_threads_on_a_cold_process(tmp_path):
    # The land mask (about 1 GB while built) is the session's, linked; the climate and
    # altitude caches are built by the child's threads.
    shared = PackedLandMask(settings.VAR_DIR / "cache")
    var = tmp_path / "var"
    (var / "cache").mkdir(parents=True)
    for path in (shared.bits_path, shared.meta_path):
        (var / "cache" / path.name).symlink_to(path)
    expected = {}
    for site in KNOWN_SITES:
        d = site_derive(latitude=site.latitude, longitude=site.longitude)
        expected[(site.latitude, site.longitude)] = [
            d.country, d.rainfall_mm, d.altitude_m, d.ipcc_zone, d.agro_climatic_zone
        ]  # fmt: skip
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "knowledge.settings.test",
                   "PYTHONPATH": os.pathsep.join([str(settings.BASE_DIR), *sys.path])}  # fmt: skip
    child = subprocess.run(  # noqa: S603 - our own program
        [sys.executable, "-c", COLD_PROCESS, str(var), json.dumps(list(expected)), "16"],
        capture_output=True, text=True, env=environment, cwd=settings.BASE_DIR, timeout=300,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    answers = json.loads(child.stdout)
    assert len(answers) == 16 * len(KNOWN_SITES)
    wrong = [a for a in answers if a[2:] != expected[(a[0], a[1])]]
    assert not wrong, f"{len(wrong)} of {len(answers)} wrong, e.g. {wrong[:3]}"
    assert sorted(p.name for p in (var / "cache").glob("*.npy")) == [
        "altitude-v1.npy", "climate-v1.npy", "koppen-v1.npy", "land-mask-v1.npy"
    ]  # fmt: skip
