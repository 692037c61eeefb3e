"""Scale-out figures: saving with Elasticsearch down, and the "elasticsearch" column.

- Saves with Elasticsearch unreachable (a refused port, then a server that accepts connections
  and never answers), against the same saves with no Elasticsearch configured; every change
  must be left in the outbox. Wagtail's admin search is configured as knowledge/settings/base.py
  does with ELASTICSEARCH_URL (search.engine.elasticsearch.admin), so its index writes on save
  are measured too; the first save after a fresh breaker (the one that finds the cluster
  stalled) separately.
- Wagtail's admin searches (page search, image library) with Elasticsearch unreachable: the
  first request, which finds out, and the following ones, answered by the database backend.
- The engine figures of benchmarks/search.py gain an "elasticsearch" value measured on the same
  corpus and queries when ELASTICSEARCH_URL names a real server; otherwise they say
  "not measured here". No figure is ever invented.
"""

import io
import os
import socket
import threading
import time
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import connection
from django.test import Client, override_settings

from wagtail.images import get_image_model

from PIL import Image as PILImage

from benchmarks.stats import median, p95, result
from practices.models import PracticePage
from practices.services.site import site_structure_ensure
from search.documents import IndexedPage
from search.engine.base import TEXT_COLUMNS, SearchQuery
from search.engine.elasticsearch import indexing
from search.engine.elasticsearch.breaker import breaker
from search.engine.elasticsearch.client import alias_name, bulk_client
from search.engine.elasticsearch.mapping import elastic_source
from search.engine.elasticsearch.query import ElasticsearchEngine
from search.models import OutboxEntry, SearchDocument

NOT_MEASURED = "not measured here (ELASTICSEARCH_URL not set)"
LIVE_URLS = [u.strip() for u in os.environ.get("ELASTICSEARCH_URL", "").split(",") if u.strip()]


# --- saves with Elasticsearch down -----------------------------------------------------------


@contextmanager
def _refused():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield f"http://127.0.0.1:{port}"


@contextmanager
def _stalled():
    """Accepts connections, reads, never answers: the request times out."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held, stop = [], threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        server.close()


def wagtail_backends(url: str) -> dict:
    """WAGTAILSEARCH_BACKENDS as knowledge/settings/base.py builds it with ELASTICSEARCH_URL
    (tests/contract/test_admin_search.py checks the same shape against base.py)."""
    return {
        "default": {
            "BACKEND": "search.engine.elasticsearch.admin",
            "URLS": [url],
            "INDEX_PREFIX": f"{settings.ELASTICSEARCH_INDEX_PREFIX}-wagtail-",
            "TIMEOUT": settings.ELASTICSEARCH_TIMEOUT,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "FALLBACK": "fallback",
        },
        "fallback": {"BACKEND": "wagtail.search.backends.database"},
    }


@contextmanager
def _elasticsearch_at(url: str):
    """Public and admin search pointed at `url`, with a fresh circuit breaker."""
    with override_settings(ELASTICSEARCH_URLS=[url], WAGTAILSEARCH_BACKENDS=wagtail_backends(url)):
        breaker.reset()
        try:
            yield
        finally:
            breaker.reset()


def _publish_timings(library, count: int, label: str) -> list[float]:

    timings = []
    for number in range(count):
        started = time.perf_counter()
        page = library.add_child(
            instance=PracticePage(
                title=f"Bench save {label} {number}",
                summary="Half-moons to catch the first rains.",
                latitude=13.5,
                longitude=2.1,
                country="NE",
                koppen="BSh",
                rainfall_mm=550,
                outcome="worked",
                live=False,
            )
        )
        page.save_revision().publish()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def save_figures(*, count: int) -> list[dict]:

    library = site_structure_ensure()["en"]
    baseline = _publish_timings(library, count, "baseline")
    figures = []
    for name, server in (("refused", _refused), ("stalled", _stalled)):
        with server() as url:
            OutboxEntry.objects.all().delete()
            with _elasticsearch_at(url):
                down = _publish_timings(library, count, name)
            kept = OutboxEntry.objects.values("page_id").distinct().count()
            OutboxEntry.objects.all().delete()
            # The first save after a fresh breaker, again and again: the one that pays for
            # finding out that the cluster does not answer.
            first = []
            for trial in range(max(5, count // 4)):
                with _elasticsearch_at(url):
                    first += _publish_timings(library, 1, f"{name} first {trial}")
            OutboxEntry.objects.all().delete()
        figures.append(
            result(
                f"save_with_elasticsearch_{name}_p95_ms",
                p95(down),
                "ms",
                median_ms=round(median(down), 1),
                max_ms=round(max(down), 1),
                saves=count,
                changes_kept_in_outbox=kept,
                baseline_median_ms=round(median(baseline), 1),
                ratio_to_no_elasticsearch=round(median(down) / median(baseline), 2),
                note="public and admin (Wagtail) indexes; delivery at once (development "
                "setting); production queues it",
            )
        )
        figures.append(
            result(
                f"first_save_with_elasticsearch_{name}_max_ms",
                max(first),
                "ms",
                median_ms=round(median(first), 1),
                added_to_baseline_median_ms=round(median(first) - median(baseline), 1),
                trials=len(first),
                save_timeout_s=settings.ELASTICSEARCH_SAVE_TIMEOUT,
                baseline_median_ms=round(median(baseline), 1),
                note="each the first save after a fresh circuit breaker; budget 1000 ms",
            )
        )
    return figures


ADMIN_SEARCHES = {"pages": "/admin/pages/search/?q={q}", "images": "/admin/images/?q={q}"}


def admin_search_figures(*, requests: int) -> list[dict]:
    """Wagtail's admin searches with Elasticsearch refused or stalled, as an admin: the first
    request (which finds out) and the p95 of the following ones (the database backend)."""

    user, _created = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(user)
    picture = io.BytesIO()
    PILImage.new("RGB", (8, 8), "green").save(picture, "PNG")
    get_image_model().objects.create(
        title="Half-moons after the rain", file=ImageFile(picture, name="bench.png")
    )
    figures = []
    for name, server in (("refused", _refused), ("stalled", _stalled)):
        with server() as url:
            for kind, pattern in ADMIN_SEARCHES.items():
                with _elasticsearch_at(url):
                    timings, statuses = [], set()
                    for number in range(requests + 1):
                        started = time.perf_counter()
                        words = "half-moons" if number % 2 else "rain"
                        response = client.get(pattern.format(q=words))
                        timings.append((time.perf_counter() - started) * 1000)
                        statuses.add(response.status_code)
                figures.append(
                    result(
                        f"admin_{kind}_search_with_elasticsearch_{name}_p95_ms",
                        p95(timings[1:]),
                        "ms",
                        first_ms=round(timings[0], 1),
                        median_ms=round(median(timings[1:]), 1),
                        requests=requests + 1,
                        statuses=sorted(statuses),
                        note="answered by Wagtail's database backend behind the circuit breaker",
                    )
                )
    return figures


# --- the "elasticsearch" column ----------------------------------------------------------------


def elastic_available() -> bool:
    return bool(LIVE_URLS)


@contextmanager
def elastic_corpus():
    """The current synthetic corpus (SearchDocument rows and their text) in a throw-away index
    on the live server; yields the engine, or None when no server is given."""
    if not LIVE_URLS:
        yield None
        return

    prefix = f"terroir-bench-{uuid.uuid4().hex[:8]}"
    with override_settings(
        ELASTICSEARCH_URLS=LIVE_URLS, ELASTICSEARCH_INDEX_PREFIX=prefix, ELASTICSEARCH_REPLICAS=0
    ):
        es = bulk_client()
        name = indexing._new_index(es)
        actions = indexing._index_actions(name, _synthetic_sources(), indexing.read_stamp())
        indexing.bulk_write(actions, es=es)
        es.indices.put_settings(index=name, settings={"index": {"refresh_interval": "1s"}})
        es.indices.refresh(index=name)
        es.indices.update_aliases(actions=[{"add": {"index": name, "alias": alias_name()}}])
        try:
            yield ElasticsearchEngine()
        finally:
            es.indices.delete(index=name)


def _synthetic_sources():

    text = {}
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT rowid, title, summary, body, tags, labels FROM search_fts")
            text = {row[0]: row[1:] for row in cursor.fetchall()}
    fields = [f.attname for f in SearchDocument._meta.fields]
    for row in SearchDocument.objects.values(*fields).iterator(chunk_size=2000):
        page_id = row.pop("page_id")
        words = dict(
            zip(
                TEXT_COLUMNS,
                text.get(page_id, [""] * 5),
                strict=True,
            )
        )
        indexed = IndexedPage(fields=row, words=words, tags=[])
        yield page_id, elastic_source(page_id, indexed, [row["language"]])


def elastic_p95(engine, queries: list[SearchQuery]):
    """p95 ms of these queries on Elasticsearch, or NOT_MEASURED."""
    if engine is None:
        return NOT_MEASURED
    engine.search(queries[0])  # warm
    timings = []
    for query in queries:
        started = time.perf_counter()
        engine.search(query)
        timings.append((time.perf_counter() - started) * 1000)
    return {"p95_ms": round(p95(timings), 2), "median_ms": round(median(timings), 2)}
