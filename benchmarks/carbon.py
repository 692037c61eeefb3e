"""The carbon estimate (practices.impact.carbon): one Monte Carlo estimate uncached (10,000
draws, every zone × soil class × management change in turn), and a full request of
GET /api/v1/carbon/estimate (climate zone derived from the coordinates, warm process).
DESIGN.md's budget: an estimate <= 50 ms."""

import itertools
import time

from django.test import Client

from benchmarks.stats import median, p95, result
from practices.impact.carbon import Management
from practices.impact.carbon.model import _stock_change
from practices.impact.carbon.tables import SOIL_CLASS_KEYS
from practices.vocabulary import IpccClimateZone

CHANGES = [
    (Management(), Management(tillage="no_till")),
    (Management(), Management(inputs="high_manure")),
    (Management(inputs="low"), Management(tillage="reduced", inputs="high", agroforestry=True)),
    (Management(land_use="grassland", grassland="high_intensity_grazing"),
     Management(land_use="grassland")),
]  # fmt: skip


def run(*, quick: bool) -> list[dict]:
    zones = [z for z in IpccClimateZone.values if not z.startswith("polar")]
    cases = list(itertools.product(zones, SOIL_CLASS_KEYS, CHANGES))
    model_ms = []
    for zone, soil_class, (before, after) in cases * (1 if quick else 3):
        _stock_change.cache_clear()
        started = time.perf_counter()
        _stock_change(zone, soil_class, before, after, None, 2019)
        model_ms.append((time.perf_counter() - started) * 1000)

    client = Client()
    points = [(13.51, 2.11), (50.73, 7.1), (-1.29, 36.82), (19.43, -99.13), (28.61, 77.2)]
    client.get("/api/v1/carbon/estimate", {"lat": 0.5, "lon": 37, "soil_group": "LX"})  # warm
    request_ms = []
    for n in range(50 if quick else 200):
        latitude, longitude = points[n % len(points)]
        _stock_change.cache_clear()
        started = time.perf_counter()
        response = client.get(
            "/api/v1/carbon/estimate",
            {"lat": latitude, "lon": longitude, "soil_group": "LV", "tillage_after": "no_till",
             "rainfall_mm": 400 + 10 * n},
        )  # fmt: skip
        request_ms.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.content
    return [
        result("carbon estimate, model only, median", median(model_ms), "ms", n=len(model_ms)),
        result("carbon estimate, model only, p95", p95(model_ms), "ms", n=len(model_ms)),
        result(
            "carbon estimate API request, median", median(request_ms), "ms", n=len(request_ms)
        ),  # fmt: skip
        result("carbon estimate API request, p95", p95(request_ms), "ms", n=len(request_ms)),
    ]
