"""Load figures: the site as `make run` ships it (tests/appserver.py in production mode:
gunicorn with knowledge/gunicorn.conf.py, the production settings with the Makefile's `run`
environment, collected static files, the shared file cache, rate limits on) on the demo corpus
in a file SQLite database of its own, driven over real HTTP.

- reads: requests/s and p95 for home, a practice page, search, farms like mine and the API
  under 20 and 50 concurrent clients (closed loop: each client sends its next request when the
  previous one is answered, on a kept-alive connection);
- writes: 20 shares with a photo, 20 sign-ups and 20 questions sent at the same moment:
  errors and p95. Each post comes from an account of its own (as a workshop's would), so the
  per-account rate limits are not what is measured; the per-address ones are sized for such a
  workshop (docs/decisions.md, "Rate limits that fit real connections").

The clients are Python threads on the same machine as the server: they take part of its
cores, so the figures are a floor, and compare within a run (e.g. 50 against 20 clients).
"""

import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import requests

from benchmarks.stats import median, p95, result
from tests.appserver import (
    AppServer,
    Outcome,
    ask,
    at_once,
    members_seed,
    share,
    sign_up,
)

CONCURRENCY = (20, 50)
DEMO = """
from django.core.management import call_command
call_command("load_demo_data", verbosity=0)
call_command("rebuild_search_index", verbosity=0)
from practices.models import PracticePage
print(PracticePage.objects.live().filter(locale__language_code="en").order_by("pk").first().url)
"""


def _pages(practice_url: str) -> dict[str, str]:
    return {
        "home": "/en/",
        "practice": practice_url,
        "search": "/en/search/?q=compost",
        "farms_like_mine": "/en/farms-like-mine/?latitude=13.51&longitude=2.11",
        "api_search": "/api/v1/practices/search?q=mulch&category=cover-crops",
        "api_similar": "/api/v1/practices/similar?lat=13.51&lon=2.11&rainfall_mm=550",
    }


def _closed_loop(server: AppServer, path: str, clients: int, seconds: float) -> list[Outcome]:
    """`clients` clients requesting `path` back to back for `seconds`."""
    outcomes: list[Outcome] = []
    start = threading.Barrier(clients)

    def client() -> None:
        session = requests.Session()
        start.wait()
        stop = time.perf_counter() + seconds
        while time.perf_counter() < stop:
            began = time.perf_counter()
            try:
                status = session.get(server.url(path), timeout=60).status_code
            except requests.RequestException:
                status = 0
            outcomes.append(Outcome(status, time.perf_counter() - began))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def read_figures(server: AppServer, pages: dict[str, str], seconds: float) -> list[dict]:
    figures = []
    for name, path in pages.items():
        for _warm in range(3):  # each worker's first derivation, snapshot and templates
            requests.get(server.url(path), timeout=120)
        for clients in CONCURRENCY:
            began = time.perf_counter()
            outcomes = _closed_loop(server, path, clients, seconds)
            elapsed = time.perf_counter() - began
            times = [o.seconds * 1000 for o in outcomes]
            errors = sum(o.status != 200 for o in outcomes)
            figures.append(result(f"load_{name}_{clients}_clients_rps", len(outcomes) / elapsed,
                                  "requests/s", requests=len(outcomes), errors=errors))  # fmt: skip
            figures.append(result(f"load_{name}_{clients}_clients_p95_ms", p95(times), "ms",
                                  median_ms=round(median(times), 1), path=path))  # fmt: skip
    return figures


def write_figures(server: AppServer, clients: int = 20) -> list[dict]:
    practice_id, sessions = members_seed(server, count=2 * clients)
    sharers, askers = sessions[:clients], sessions[clients:]
    kinds = {
        "shares": [lambda n=n: share(server, sharers[n], n) for n in range(clients)],
        "sign_ups": [lambda n=n: sign_up(server, n) for n in range(clients)],
        "questions": [lambda n=n: ask(server, askers[n], practice_id, n) for n in range(clients)],
    }
    figures = []
    for kind, calls in kinds.items():
        outcomes = at_once(calls)
        times = [o.seconds * 1000 for o in outcomes]
        errors = sum(o.status != 302 for o in outcomes)
        figures.append(result(f"concurrent_{clients}_{kind}_errors", errors, "errors"))
        figures.append(result(f"concurrent_{clients}_{kind}_p95_ms", p95(times), "ms",
                              median_ms=round(median(times), 1)))  # fmt: skip
    return figures


def run(*, quick: bool, directory: Path) -> list[dict]:
    """`directory` holds db.sqlite3, a migrated database (run.py copies it there)."""
    server = AppServer(directory, production=True)
    practice_url = urlsplit(server.django(DEMO, timeout=1800).strip().splitlines()[-1]).path
    with server:
        figures = read_figures(server, _pages(practice_url), seconds=4 if quick else 15)
        figures += write_figures(server)
    return figures
