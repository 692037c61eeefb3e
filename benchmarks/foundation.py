"""Foundation figures: import rate and practice page weight."""

import csv
import io
import random
import re
import time
from pathlib import Path

from django.contrib.staticfiles import finders
from django.test import Client

from wagtail.models import Page

from benchmarks.stats import median, p95, result
from practices.demo import texts
from practices.demo.places import PLACES
from practices.models import PracticePage
from practices.services.interchange import COLUMNS, practices_import
from practices.services.site import site_structure_ensure


def _rows(count: int, run: int) -> str:
    """Interchange rows at the demo places, with their conditions and demo-like texts."""
    rng = random.Random(run)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for number in range(count):
        place = PLACES[number % len(PLACES)]
        category = rng.choice(list(texts.PRACTICE_TEMPLATES))
        variant = rng.choice(texts.PRACTICE_TEMPLATES[category])
        language = rng.choice(["en", "en", "fr", "es"])
        crop = next(c for c in place.crops if c not in texts.LIVESTOCK)
        fill = {"crop": texts.CROPS.get(crop, {}).get(language, crop), "place": place.name,
                "years": 3}  # fmt: skip
        writer.writerow(
            {
                "title": f"{variant['title'][language].format(**fill)} {run}-{number}",
                "summary": variant["summary"][language].format(**fill)[:600],
                "language": language,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "categories": category,
                "outcome": rng.choice(["worked", "worked", "mixed", "did_not_work"]),
                "rainfall_mm": place.rainfall_mm,
                "temperature_c": place.temperature_c,
                "altitude_m": place.altitude_m,
                "slope_class": place.slope_class,
                "soil_group": place.soil_group,
                "texture": place.texture,
                "land_use": place.land_use,
                "water_supply": place.water_supply,
                "what_worked": variant["worked"][language].format(**fill),
                "tags": ";".join(variant["tags"][language]),
            }
        )
    return out.getvalue()


def practices_corpus(*, count: int, batch: int = 2000) -> None:
    """`count` live practice pages (for end-to-end figures)."""
    site_structure_ensure()  # the categories: every migrate installs them (run.py migrates)
    for start in range(0, count, batch):
        imported = practices_import(
            content=_rows(min(batch, count - start), 1000 + start), file_format="csv"
        )
        assert imported.ok, imported.errors[:3]


def import_rate(*, rows: int, runs: int) -> list[dict]:
    site_structure_ensure()
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

    practice = PracticePage.objects.live().filter(photo=None).first()
    client = Client()
    html = client.get(practice.url).content
    css = sum(
        Path(finders.find(link.decode())).stat().st_size
        for link in re.findall(rb'href="/static/([^"]+\.css)"', html)
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
