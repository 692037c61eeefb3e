"""Search and similarity figures (issue: embedded engine), with baselines from the same run.

Engine-level corpora are synthetic SearchDocument rows (no pages): realistic profiles from the
demo places, words drawn from the demo texts with a Zipf law (so common words are in most
documents). The end-to-end corpus is made of real practice pages, imported.
"""

import os
import random
import re
import time

from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

import numpy as np

from benchmarks.foundation import practices_corpus
from benchmarks.scaleout import admin_search_figures, elastic_corpus, elastic_p95, save_figures
from benchmarks.stats import median, p95, result
from practices.conditions.site import sites_derive
from practices.demo import texts
from practices.demo.places import PLACES
from practices.models import PracticePage
from practices.services.taxonomy import taxonomy_data
from search.encoder import Profile, profile_encode
from search.engine.base import SearchQuery
from search.engine.embedded.indexing import index_rebuild, version_bump
from search.engine.embedded.query import EmbeddedEngine
from search.engine.embedded.text import analyse, fts_match
from search.models import SearchDocument

CATEGORIES = [entry["slug"] for entry in taxonomy_data()["categories"]]
COMMON_QUERIES = ["soil", "farm crop", "water", "compost", "mulch soil", "cover crops",
                  "zai", "trees fields", "yield", "maize residue"]  # fmt: skip
FILTER_SETS = [{}, {"koppen_group": frozenset({"B"})},
               {"category": frozenset({"cover-crops", "agroforestry"})},
               {"outcome": frozenset({"worked"}), "language": frozenset({"en"})}]  # fmt: skip


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _vocabulary() -> list[str]:
    words: dict[str, int] = {}
    for variants in texts.PRACTICE_TEMPLATES.values():
        for variant in variants:
            for key in ("summary", "worked", "did_not_work"):
                for word in re.findall(r"[a-z]+", variant[key]["en"].lower()):
                    words[word] = words.get(word, 0) + 1
    ranked = sorted(words, key=lambda w: -words[w])
    return [analyse(w, "en") for w in ranked if len(w) > 2]


def _profiles(rng: random.Random, count: int) -> tuple[list[dict], np.ndarray]:
    derived = sites_derive(points=[(p.latitude, p.longitude) for p in PLACES])
    variants, vectors = [], []
    for _ in range(count):
        index = rng.randrange(len(PLACES))
        place, koppen = PLACES[index], getattr(derived[index], "koppen", "")
        fields = {
            "country": place.country, "region": place.region, "koppen": koppen,
            "agro_climatic_zone": place.agro_climatic_zone, "slope_class": place.slope_class,
            "soil_group": place.soil_group, "texture": place.texture,
            "land_use": place.land_use, "water_supply": place.water_supply,
            "rainfall_mm": round(place.rainfall_mm * rng.uniform(0.85, 1.15)),
            "temperature_c": round(place.temperature_c + rng.uniform(-1, 1), 1),
            "altitude_m": round(place.altitude_m * rng.uniform(0.8, 1.2)),
            "latitude": place.latitude, "longitude": place.longitude,
        }  # fmt: skip
        variants.append(fields)
        vectors.append(profile_encode(Profile.from_mapping(fields)))
    return variants, np.array(vectors)


def corpus_fill(*, size: int, with_text: bool, seed: int = 7) -> float:
    """Replace the index by `size` synthetic documents; returns seconds taken."""
    rng = random.Random(seed)
    vocabulary = _vocabulary()
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    variants, vectors = _profiles(rng, 4000)
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        SearchDocument.objects.all().delete()
        cursor.execute("DELETE FROM search_fts")
        batch, fts = [], []
        columns = None
        for number in range(1, size + 1):
            which = rng.randrange(len(variants))
            fields = variants[which]
            doc = {
                "page_id": number, "kind": "practice",
                "language": rng.choice(["en", "en", "fr", "es"]),
                "translation_key": f"00000000-0000-0000-0000-{number:012d}",
                "title": f"Synthetic practice {number}", "summary": "", "url": f"/p/{number}/",
                "categories": ";".join(rng.sample(CATEGORIES, rng.choice([1, 1, 2]))),
                "outcome": rng.choice(["worked", "worked", "mixed", "did_not_work"]),
                "evidence": rng.choice(["observed", "measured", "peer_reviewed"]),
                "farm_key": f"{number}", "published_at": "2026-01-01 00:00:00",
                "vector": vectors[which].tobytes(), **fields,
            }  # fmt: skip
            columns = columns or list(doc)
            batch.append([doc[c] for c in columns])
            if with_text:
                words = rng.choices(vocabulary, weights=weights, k=70)
                labels = doc["categories"].replace("-", " ")
                fts.append(
                    (number, " ".join(words[:6]), " ".join(words[6:30]), " ".join(words[30:]),
                     "", labels)
                )  # fmt: skip
            if len(batch) >= 5000:
                _insert(cursor, columns, batch, fts)
                batch, fts = [], []
        if batch:
            _insert(cursor, columns, batch, fts)
        version_bump()
    return time.perf_counter() - started


def _insert(cursor, columns, rows, fts) -> None:
    table = SearchDocument._meta.db_table
    names = ", ".join(columns)
    marks = ", ".join("%s" for _ in columns)
    cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)  # noqa: S608
    if fts:
        cursor.executemany(
            "INSERT INTO search_fts (rowid, title, summary, body, tags, labels) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            fts,
        )


def _timings(function, items) -> list[float]:
    out = []
    for item in items:
        started = time.perf_counter()
        function(item)
        out.append((time.perf_counter() - started) * 1000)
    return out


def _latency(name: str, timings: list[float], **extra) -> dict:
    """A figure in milliseconds: the 95th percentile of `timings`, their median beside it."""
    return result(name, p95(timings), "ms", median_ms=round(median(timings), 2), **extra)


def similarity_figures(*, size: int, suffix: str, queries: int) -> list[dict]:
    corpus_fill(size=size, with_text=False)
    engine = EmbeddedEngine()
    engine.snapshot()
    rng = random.Random(11)
    profiles = [Profile.from_mapping(v) for v in _profiles(rng, queries)[0]]
    cases = [SearchQuery(profile=p, sort="similarity", filters={"kind": frozenset({"practice"})},
                         page_size=20, facets=False) for p in profiles]  # fmt: skip
    ours = _timings(engine.search, cases)
    with elastic_corpus() as elastic:
        on_elasticsearch = elastic_p95(elastic, cases)
    matrix = engine.snapshot().vectors

    def floor(profile):
        scores = matrix @ profile_encode(profile)
        top = np.argpartition(-scores, 20)[:20]
        return top[np.argsort(-scores[top])]

    bare = _timings(floor, profiles)
    return [
        _latency(f"similarity_p95_ms_{suffix}", ours, corpus=size, elasticsearch=on_elasticsearch),
        result(
            "similarity_vs_numpy_floor_ratio" + ("" if suffix == "100k" else f"_{suffix}"),
            median(ours) / median(bare),
            "x",
            floor_median_ms=round(median(bare), 2),
        ),  # fmt: skip
    ]


def text_figures(*, size: int, suffix: str, queries: int) -> list[dict]:
    rebuild_s = corpus_fill(size=size, with_text=True)
    before = rss_mb()
    engine = EmbeddedEngine()
    started = time.perf_counter()
    engine.snapshot()
    load_s = time.perf_counter() - started
    rss = rss_mb() - before
    rng = random.Random(5)
    cases = [SearchQuery(text=rng.choice(COMMON_QUERIES), filters=rng.choice(FILTER_SETS))
             for _ in range(queries)]  # fmt: skip
    ours = _timings(engine.search, cases)
    with elastic_corpus() as elastic:
        on_elasticsearch = elastic_p95(elastic, cases)
    with connection.cursor() as cursor:
        bare = _timings(lambda q: cursor.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH %s ORDER BY rank LIMIT 20",
            [fts_match(q.text)]).fetchall(), cases)  # fmt: skip
    return [
        _latency(
            f"search_p95_ms_{suffix}",
            ours,
            corpus=size,
            note="faceted, common words included",
            elasticsearch=on_elasticsearch,
        ),
        result(
            "search_vs_fts5_floor_ratio",
            median(ours) / median(bare),
            "x",
            floor_median_ms=round(median(bare), 2),
        ),  # fmt: skip
        result(
            f"reindex_s_{suffix}",
            rebuild_s + load_s,
            "s",
            corpus=size,
            note="engine level: write documents and text, load the arrays",
        ),  # fmt: skip
        result(f"engine_rss_mb_{suffix}", rss, "MB", corpus=size),
    ]


def end_to_end_figures(*, pages: int, requests: int) -> list[dict]:

    practices_corpus(count=pages)
    started = time.perf_counter()
    indexed = index_rebuild()
    rebuild_pages_s = time.perf_counter() - started
    client = Client()
    rng = random.Random(3)
    search_urls = [
        "/en/search/?q="
        + rng.choice(COMMON_QUERIES).replace(" ", "+")
        + rng.choice(["", "&koppen=B", "&category=cover-crops", "&outcome=worked&country=NE"])
        for _ in range(requests)
    ]
    farm_urls = [
        f"/en/farms-like-mine/?latitude={p.latitude}&longitude={p.longitude}"
        f"&texture={p.texture}&water_supply={p.water_supply}"
        for p in rng.choices(PLACES, k=requests)
    ]
    client.get(search_urls[0]), client.get(farm_urls[0])  # warm caches, load arrays
    max_queries = 0

    def timed(url):
        nonlocal max_queries
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        max_queries = max(max_queries, len(captured.captured_queries))

    search_ms = _timings(timed, search_urls)
    farm_ms = _timings(timed, farm_urls)
    search_pages_max, max_queries = max_queries, 0
    practice_urls = [p.url for p in PracticePage.objects.live().order_by("?")[: requests // 2]]
    for code in ("en", "fr", "es"):  # one request per language first: its menu is then cached
        client.get(PracticePage.objects.live().filter(locale__language_code=code).first().url)
    practice_ms = _timings(timed, practice_urls)

    stock, ours = [], []
    for word in ("soil", "compost", "water"):
        started = time.perf_counter()
        list(PracticePage.objects.live().search(word)[:20])
        stock.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        EmbeddedEngine().search(SearchQuery(text=word, filters={"kind": frozenset({"practice"})}))
        ours.append((time.perf_counter() - started) * 1000)
    return [
        _latency("search_page_p95_ms_10k", search_ms, pages=pages),
        _latency("farms_like_mine_page_p95_ms_10k", farm_ms, pages=pages),
        result(
            "sql_queries_per_page_max",
            search_pages_max,
            "queries",
            pages="search and farms-like-mine pages",
        ),
        _latency("practice_page_p95_ms_10k", practice_ms, pages=pages),
        result("practice_page_sql_queries_max", max_queries, "queries", pages=pages),
        result(
            "stock_wagtail_search_vs_ours_ratio",
            median(stock) / median(ours),
            "x",
            stock_median_ms=round(median(stock), 1),
            ours_median_ms=round(median(ours), 1),
            note="Page.objects.live().search(q) on the same pages, database backend",
        ),  # fmt: skip
        result("rebuild_from_pages_s_10k", rebuild_pages_s, "s", pages=indexed),
    ]


def run(*, quick: bool) -> list[dict]:
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    figures = []
    figures += similarity_figures(size=20_000 if quick else 100_000, suffix="100k",
                                  queries=100 if quick else 300)  # fmt: skip
    figures += similarity_figures(size=200_000 if quick else 1_000_000, suffix="1m",
                                  queries=50 if quick else 200)  # fmt: skip
    figures += text_figures(size=20_000 if quick else 100_000, suffix="100k",
                            queries=100 if quick else 300)  # fmt: skip
    SearchDocument.objects.all().delete()
    figures += end_to_end_figures(pages=1_000 if quick else 10_000,
                                  requests=60 if quick else 200)  # fmt: skip
    figures += save_figures(count=20 if quick else 60)
    figures += admin_search_figures(requests=20 if quick else 60)
    return figures
