"""Foundation figures: import rate and practice page weight."""

import csv
import io
import random
import re
import time

from django.contrib.staticfiles import finders
from django.test import Client

from wagtail.models import Page

from benchmarks.stats import median, p95, result
from practices.demo.places import PLACES
from practices.models import PracticeCategory
from practices.services.interchange import COLUMNS, practices_import
from practices.services.site import site_structure_ensure


def _rows(count: int, run: int) -> str:
    rng = random.Random(run)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for number in range(count):
        place = PLACES[number % len(PLACES)]
        writer.writerow(
            {
                "title": f"Benchmark practice {run}-{number}",
                "summary": "Mulch and compost on the fields, to keep the soil covered.",
                "language": rng.choice(["en", "fr", "es"]),
                "latitude": place.latitude,
                "longitude": place.longitude,
                "categories": "cover-crops",
                "outcome": rng.choice(["worked", "mixed", "did_not_work"]),
                "rainfall_mm": place.rainfall_mm,
                "soil_group": place.soil_group,
                "tags": "mulch;compost",
            }
        )
    return out.getvalue()


def import_rate(*, rows: int, runs: int) -> list[dict]:
    site_structure_ensure()
    PracticeCategory.objects.get_or_create(
        slug="cover-crops", locale_id=1, defaults={"name": "Cover crops"}
    )
    rates = []
    for run in range(runs):
        content = _rows(rows, run)
        started = time.perf_counter()
        imported = practices_import(content=content, file_format="csv")
        elapsed = time.perf_counter() - started
        assert imported.ok, imported.errors[:3]
        rates.append(rows / elapsed)

    # Baseline, same run: the floor of creating bare Wagtail pages in the tree, one by one.
    parent = Page.objects.get(depth=1)
    started = time.perf_counter()
    for number in range(rows):
        parent.add_child(instance=Page(title=f"floor {number}", slug=f"floor-{number}"))
    floor_rate = rows / (time.perf_counter() - started)
    return [
        result("import_practices_per_s", median(rates), "practices/s", runs=runs, rows=rows),
        result("import_vs_bare_page_creation_ratio", floor_rate / median(rates), "x"),
    ]


def page_weight_and_time(*, requests: int) -> list[dict]:
    from practices.models import PracticePage

    practice = PracticePage.objects.live().filter(photo=None).first()
    client = Client()
    html = client.get(practice.url).content
    css = sum(
        len(open(finders.find(path), "rb").read())
        for path in re.findall(rb'href="/static/([^"]+\.css)"', html)
        for path in [path.decode()]
    )
    scripts = re.findall(rb"<script[^>]*src=", html)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(practice.url)
        timings.append((time.perf_counter() - started) * 1000)
    return [
        result("practice_page_kb", (len(html) + css) / 1024, "KB", scripts=len(scripts)),
        result("practice_page_median_ms", median(timings), "ms"),
        result("practice_page_p95_ms", p95(timings), "ms"),
    ]


def run(*, quick: bool) -> list[dict]:
    results = import_rate(rows=200 if quick else 1000, runs=3)
    results += page_weight_and_time(requests=50 if quick else 300)
    return results
