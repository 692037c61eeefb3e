"""Map figures (issue 15): the SVG of 200 points on the world's 110m outlines (gzipped size,
render time, cold and warm); the /en/map/ page over a practice corpus (gzipped first load with
its CSS; request time as cached, and right after a change, when it is drawn from the
database); and a region's page (its map, its list and the dashboard's figures for it)."""

import gzip
import random
import re
import time
from collections import Counter
from pathlib import Path

from django.contrib.staticfiles import finders
from django.test import Client

from benchmarks.foundation import practices_corpus
from benchmarks.stats import median, p95, result
from practices.network.maps import MapPoint, network_map_svg
from practices.network.maps.outlines import atlas_110m, country_paths
from practices.network.maps.render import base_layer
from practices.network.selectors.version import maps_forget
from practices.selectors.visibility import practices_live


def svg_figures(*, renders: int) -> list[dict]:
    rng = random.Random(15)
    points = [
        MapPoint(
            rng.uniform(-40, 60), rng.uniform(-100, 140), f"Practice {i}", f"/en/p/{i}/", "worked"
        )
        for i in range(200)
    ]
    started = time.perf_counter()
    atlas_110m()
    country_paths.cache_clear()
    base_layer.cache_clear()
    svg = network_map_svg(points, title="Practices").svg  # decode, project and draw the outlines
    cold = (time.perf_counter() - started) * 1000
    timings = []
    for _ in range(renders):
        started = time.perf_counter()
        network_map_svg(points, title="Practices")
        timings.append((time.perf_counter() - started) * 1000)
    return [
        result(
            "map_svg_200_points_gzip_kb",
            len(gzip.compress(svg.encode())) / 1024,
            "KB",
            raw_kb=round(len(svg) / 1024, 1),
        ),
        result(
            "map_svg_first_render_ms",
            cold,
            "ms",
            note="atlas decoded and outlines projected once per process",
        ),
        result("map_svg_200_points_render_median_ms", median(timings), "ms", renders=renders),
    ]


def _timed(client: Client, url: str, requests: int, before=None) -> list[float]:
    timings = []
    for _ in range(requests):
        if before:
            before()
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    return timings


def page_figures(*, practices: int, requests: int) -> list[dict]:
    missing = practices - practices_live().count()
    if missing > 0:
        practices_corpus(count=missing)
    client = Client()
    html = client.get("/en/map/").content
    css = b"".join(
        Path(finders.find(link.decode())).read_bytes()
        for link in re.findall(rb'href="/static/([^"]+\.css)"', html)
    )
    listed = html.count(b"<li data-lat")
    first_load = len(gzip.compress(html)) + len(gzip.compress(css))
    # A visitor's request: the map as cached since the last change of what it shows.
    cached = _timed(client, "/en/map/", requests)
    # The first request after a change (a page published): the map drawn from the database.
    drawn = _timed(client, "/en/map/", max(5, requests // 5), before=maps_forget)
    regions = Counter(practices_live().exclude(region=None).values_list("region__slug", flat=True))
    region = regions.most_common(1)[0][0]  # the busiest region
    region_url = f"/en/regions/{region}/"
    client.get(region_url)
    regional = _timed(client, region_url, requests)
    in_region = practices_live().filter(region__slug=region).count()
    return [
        result(
            "map_page_first_load_gzip_kb",
            first_load / 1024,
            "KB",
            places=listed,
            html_raw_kb=round(len(html) / 1024, 1),
        ),
        result("map_page_median_ms", median(cached), "ms", places=listed, requests=len(cached)),
        result("map_page_p95_ms", p95(cached), "ms", places=listed, requests=len(cached)),
        result(
            "map_page_after_publish_median_ms", median(drawn), "ms", places=listed,
            requests=len(drawn), note="the maps' version renewed before each request",
        ),
        result("map_page_after_publish_p95_ms", p95(drawn), "ms", places=listed,
               requests=len(drawn)),
        result("region_page_median_ms", median(regional), "ms", practices=in_region,
               requests=len(regional)),
        result("region_page_p95_ms", p95(regional), "ms", practices=in_region,
               requests=len(regional)),
    ]  # fmt: skip


def run(*, quick: bool) -> list[dict]:
    results = svg_figures(renders=20 if quick else 100)
    results += page_figures(practices=200 if quick else 1000, requests=10 if quick else 50)
    return results
