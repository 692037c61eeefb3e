"""Dashboard figures (issue 14): the page's time at 10k and 100k live practices, cold (the
figures computed from the database, carbon estimates included; after a publication and in a
process just started), a new filter, cached, and its weight. Baselines in the same run: the
former per-practice path (model instances, practice_estimate each) on 1,000 practices,
extrapolated to the corpus, and a plain page (the carbon method page) for the cached request.

The corpus: a few hundred practices imported the ordinary way (benchmarks.foundation, with
their derived conditions, categories and carbon-relevant fields), then copied row for row in
SQL (wagtailcore_page, practices_practicepage and the category links) until the count is
reached: real live pages in the real tree (their own path, slug, URL, translation key and
publication date), written at tens of thousands a second instead of 200 a second through the
import, which would take over eight minutes for 100k. Search indexes are not filled: the
dashboard does not read them."""

import random
import time
import uuid
from datetime import UTC, datetime

from django.db import connection, transaction
from django.test import Client

from wagtail.models import Page

from benchmarks.foundation import practices_corpus
from benchmarks.stats import median, p95, result
from practices.impact.carbon import _site_estimate, practice_estimate
from practices.impact.carbon.model import _stock_change
from practices.impact.dashboard import selectors
from practices.models import PracticePage

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's path steps, 4 characters each


def _step(number: int) -> str:
    out = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        out = ALPHABET[digit] + out
    return out


def _rows(table: str, where: str, params) -> tuple[list[str], list[list]]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} WHERE {where}", params)  # noqa: S608
        names = [column[0] for column in cursor.description]
        return names, [list(row) for row in cursor.fetchall()]


def corpus_grow(*, count: int, seed: int = 14) -> None:
    """Copy the live practices already there until there are `count` of them."""
    rng = random.Random(seed)
    templates = list(PracticePage.objects.live().values_list("id", flat=True))
    have = len(templates)
    if have >= count:
        return
    ids = ",".join(str(pk) for pk in templates)
    page_cols, pages = _rows("wagtailcore_page", f"id IN ({ids})", [])
    own_cols, owns = _rows("practices_practicepage", f"page_ptr_id IN ({ids})", [])
    link_cols, links = _rows("practices_practicepage_categories", f"practicepage_id IN ({ids})", [])
    owns_by = {row[own_cols.index("page_ptr_id")]: row for row in owns}
    links_by: dict[int, list] = {}
    for row in links:
        links_by.setdefault(row[link_cols.index("practicepage_id")], []).append(row)
    column = {name: index for index, name in enumerate(page_cols)}
    parents = {}
    for row in pages:
        parent = Page.objects.get(path=row[column["path"]][:-4])
        parents[parent.pk] = parent
    next_child = {
        pk: Page.objects.filter(path__startswith=p.path, depth=p.depth + 1).count()
        for pk, p in parents.items()
    }
    parent_of_path = {p.path: pk for pk, p in parents.items()}
    with connection.cursor() as cursor:
        cursor.execute("SELECT MAX(id) FROM wagtailcore_page")
        next_id = cursor.fetchone()[0] + 1
    years = [datetime(year, 6, 1, tzinfo=UTC) for year in range(2019, 2027)]
    batch_pages, batch_owns, batch_links = [], [], []

    def flush():
        marks = lambda cols: ", ".join("%s" for _ in cols)  # noqa: E731
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO wagtailcore_page ({', '.join(page_cols)}) "  # noqa: S608
                f"VALUES ({marks(page_cols)})",
                batch_pages,
            )
            cursor.executemany(
                f"INSERT INTO practices_practicepage ({', '.join(own_cols)}) "  # noqa: S608
                f"VALUES ({marks(own_cols)})",
                batch_owns,
            )
            names = [c for c in link_cols if c != "id"]
            cursor.executemany(
                f"INSERT INTO practices_practicepage_categories ({', '.join(names)}) "  # noqa: S608
                f"VALUES ({marks(names)})",
                batch_links,
            )
        batch_pages.clear(), batch_owns.clear(), batch_links.clear()

    with transaction.atomic():
        for number in range(count - have):
            template = pages[number % len(pages)]
            parent_pk = parent_of_path[template[column["path"]][:-4]]
            next_child[parent_pk] += 1
            row = list(template)
            slug = f"{template[column['slug']][:40]}-copy-{number}"
            row[column["id"]] = next_id
            row[column["path"]] = parents[parent_pk].path + _step(next_child[parent_pk])
            row[column["slug"]] = slug
            row[column["url_path"]] = f"{parents[parent_pk].url_path}{slug}/"
            row[column["translation_key"]] = uuid.uuid4().hex
            published = rng.choice(years)
            for name in ("first_published_at", "last_published_at", "latest_revision_created_at"):
                row[column[name]] = published
            row[column["latest_revision_id"]] = row[column["live_revision_id"]] = None
            row[column["draft_title"]] = row[column["title"]] = (
                f"{template[column['title']][:200]} {number}"
            )
            own = list(owns_by[template[column["id"]]])
            own[own_cols.index("page_ptr_id")] = next_id
            batch_pages.append(row)
            batch_owns.append(own)
            for link in links_by.get(template[column["id"]], []):
                values = dict(zip(link_cols, link, strict=True))
                values["practicepage_id"] = next_id
                batch_links.append([values[c] for c in link_cols if c != "id"])
            next_id += 1
            if len(batch_pages) >= 5000:
                flush()
        if batch_pages:
            flush()
        for pk in parents:
            Page.objects.filter(pk=pk).update(numchild=next_child[pk])


def _cold(*, process: bool = False) -> None:
    """As after a publication: a new generation, and no facts kept in this process; with
    `process`, as in a process just started: no carbon estimate memoised either."""
    selectors.dashboard_forget()
    selectors._shared.clear()
    if process:
        _site_estimate.cache_clear()
        _stock_change.cache_clear()


def _per_practice_ms(limit: int = 1000) -> float:
    """The baseline, in the same run: what the figures cost a practice before (model instances
    with their categories and tags, then practice_estimate on each), no estimate memoised."""
    _cold(process=True)
    pages = (
        PracticePage.objects.live()
        .select_related("region")
        .prefetch_related("categories", "tags")
        .order_by("id")[:limit]
    )
    started = time.perf_counter()
    count = 0
    for page in pages:
        if page.area_ha is not None:
            practice_estimate(page)
        count += 1
    return (time.perf_counter() - started) * 1000 / max(count, 1)


def _timed(client: Client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, url
    return elapsed


def figures_at(*, size: int, suffix: str, requests: int) -> list[dict]:
    started = time.perf_counter()
    corpus_grow(count=size)
    grow_s = time.perf_counter() - started
    size = PracticePage.objects.live().count()  # the other groups may have left more
    client = Client()
    baseline = _per_practice_ms()
    cold_process = []
    for _ in range(2):
        _cold(process=True)
        cold_process.append(_timed(client, "/en/dashboard/"))
    cold = []
    for _ in range(3):
        _cold()
        cold.append(_timed(client, "/en/dashboard/"))
    filter_new = []  # facts kept in the process, figures of this filter not yet cached
    for category in ("cover-crops", "agroforestry", "reduced-tillage"):
        filter_new.append(_timed(client, f"/en/dashboard/?category={category}"))
    cached = [_timed(client, "/en/dashboard/") for _ in range(requests)]
    api = [_timed(client, "/api/v1/dashboard?region=west-africa") for _ in range(requests)]
    plain = [_timed(client, "/en/carbon/method/") for _ in range(requests)]
    before_ms = baseline * size  # the former per-practice path, extrapolated to the corpus
    return [
        result(f"dashboard_page_cold_ms_{suffix}", median(cold), "ms", practices=size,
               runs=len(cold), note="after a publication: new generation, no facts in the "
               "process, carbon estimates memoised by their inputs", corpus_grow_s=round(grow_s, 1),
               per_practice_path_ms=round(before_ms, 1),
               ratio_to_per_practice_path=round(median(cold) / before_ms, 4)),
        result(f"dashboard_page_cold_process_ms_{suffix}", median(cold_process), "ms",
               practices=size, runs=len(cold_process), note="a process just started: no carbon "
               "estimate memoised either", per_practice_path_ms=round(before_ms, 1),
               per_practice_path_sample_ms=round(baseline, 4),
               ratio_to_per_practice_path=round(median(cold_process) / before_ms, 4)),
        result(f"dashboard_page_new_filter_ms_{suffix}", median(filter_new), "ms",
               practices=size, note="facts kept in the process, this filter not cached yet"),
        result(f"dashboard_page_cached_p95_ms_{suffix}", p95(cached), "ms", practices=size,
               median_ms=round(median(cached), 2), requests=requests,
               plain_page_p95_ms=round(p95(plain), 2),
               ratio_to_plain_page=round(p95(cached) / p95(plain), 2),
               note="plain page: the method page (/en/carbon/method/), same run"),
        result(f"dashboard_api_cached_p95_ms_{suffix}", p95(api), "ms", practices=size,
               median_ms=round(median(api), 2), requests=requests),
    ]  # fmt: skip


def run(*, quick: bool) -> list[dict]:
    if not PracticePage.objects.live().exists():  # alone (--only dashboard): a few imported
        practices_corpus(count=200 if quick else 400)
    figures = figures_at(
        size=2_000 if quick else 10_000, suffix="10k", requests=30 if quick else 100
    )
    figures += figures_at(
        size=20_000 if quick else 100_000, suffix="100k", requests=30 if quick else 100
    )
    html = Client().get("/fr/dashboard/").content
    figures.append(
        result("dashboard_page_kb", len(html) / 1024, "KB", scripts=html.count(b"<script"),
               note="HTML only, French, 100k practices; plus terroir.css and dashboard.css")
    )  # fmt: skip
    return figures
