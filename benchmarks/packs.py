"""Offline packs and practice sheets (issue 16): how long building every pack of 1,000 live
practices takes, how large the packs are, and how long a practice's PDF sheet takes to make
(first request) and to serve once kept."""

import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.test import Client

from benchmarks.foundation import practices_corpus
from benchmarks.stats import median, result
from practices.models import PracticePage
from practices.reach.pack_build import PACK_BUDGET, packs_build


def pack_build_time(*, practices: int) -> list[dict]:
    """Every pack of a corpus of `practices` live practices, built from nothing."""
    already = PracticePage.objects.live().count()
    if already < practices:
        practices_corpus(count=practices - already)
    settings.TERROIR_PACKS_DIR = Path(tempfile.mkdtemp(prefix="terroir-packs-"))
    started = time.perf_counter()
    built = packs_build()
    elapsed = time.perf_counter() - started
    held = sum(item.entry.practices for item in built)
    sizes = [item.entry.size for item in built]
    return [
        result(
            "packs_build_all_s",
            elapsed,
            "s",
            practices=practices,
            packs=len(built),
            practices_in_packs=held,
        ),
        result("packs_build_ms_per_practice", elapsed * 1000 / max(held, 1), "ms"),
        result(
            "pack_largest_kb",
            max(sizes, default=0) / 1024,
            "KB",
            budget_kb=PACK_BUDGET // 1024,
            median_kb=round(median(sizes) / 1024, 1),
        ),
    ]


def sheet_time(*, sheets: int) -> list[dict]:
    """A practice's PDF sheet: made on first request (WeasyPrint), then served as kept."""
    settings.TERROIR_SHEETS_DIR = Path(tempfile.mkdtemp(prefix="terroir-sheets-"))
    client = Client()
    practices = list(PracticePage.objects.live().order_by("id")[:sheets])
    made, kept, sizes = [], [], []
    for practice in practices:
        address = f"/{practice.locale.language_code}/sheets/{practice.id}.pdf"
        started = time.perf_counter()
        response = client.get(address)
        sizes.append(len(b"".join(response.streaming_content)))
        made.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        b"".join(client.get(address).streaming_content)
        kept.append((time.perf_counter() - started) * 1000)
    return [
        result("sheet_pdf_first_ms", median(made), "ms", sheets=len(practices)),
        result("sheet_pdf_kept_ms", median(kept), "ms"),
        result("sheet_pdf_kb", median(sizes) / 1024, "KB"),
    ]


def run(*, quick: bool) -> list[dict]:
    return pack_build_time(practices=300 if quick else 1000) + sheet_time(sheets=5 if quick else 20)
