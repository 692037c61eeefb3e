"""`make bench`: measure, then write benchmarks/results.json.

Runs against a throw-away SQLite database (never the development one). Each figure is
reported with the baseline measured in the same run where one makes sense, because these
machines are noisy: compare ratios, not absolute numbers, across machines.
"""

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import django
from django.core.management import call_command
from django.db import connection

from tests.appserver import database_copy

RESULTS = Path(__file__).resolve().parent / "results.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller corpora, a few minutes")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--only",
        choices=[
            "foundation",
            "search",
            "load",
            "conditions",
            "outcomes",
            "carbon",
            "reach",
            "dashboard",
            "packs",
            "maps",
        ],
        help="one group of figures",
    )
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="terroir-bench-"))
    os.environ["SQLITE_PATH"] = str(workdir / "bench.sqlite3")
    os.environ.pop("DATABASE_URL", None)  # else settings would use that database instead
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "knowledge.settings.test")
    os.environ.setdefault("TERROIR_INDEX_CHECK_SECONDS", "1")  # as in production
    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    # Imported once Django is set up: they import the models.
    from benchmarks import (
        carbon,
        conditions,
        dashboard,
        foundation,
        load,
        maps,
        outcomes,
        outcomes_crop,
        outcomes_learned,
        outcomes_search,
        reach,
        search,
    )
    from benchmarks import packs as offline_packs

    # The load figures start from the migrated database, before the corpora below fill it.
    (workdir / "load").mkdir()
    database_copy(connection, workdir / "load" / "db.sqlite3")

    started = time.perf_counter()
    results = []
    if args.only in (None, "foundation"):
        results += foundation.run(quick=args.quick)
    if args.only in (None, "search"):
        results += search.run(quick=args.quick)
    if args.only in (None, "load"):
        results += load.run(quick=args.quick, directory=workdir / "load")
    if args.only in (None, "conditions"):
        results += conditions.run(quick=args.quick)
    if args.only in (None, "outcomes"):
        results += outcomes.run(quick=args.quick)
        results += outcomes_search.run(quick=args.quick)
        results += outcomes_learned.run(quick=args.quick)
        results += outcomes_crop.run(quick=args.quick)
    if args.only in (None, "carbon"):
        results += carbon.run(quick=args.quick)
    if args.only in (None, "reach"):
        results += reach.run(quick=args.quick)
    if args.only in (None, "dashboard"):
        results += dashboard.run(quick=args.quick)
    if args.only in (None, "packs"):
        results += offline_packs.run(quick=args.quick)
    if args.only in (None, "maps"):
        results += maps.run(quick=args.quick)
    run = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()}",
        "quick": args.quick,
        "duration_s": round(time.perf_counter() - started, 1),
    }
    if args.only and args.output.exists():  # one group measured again: keep the others
        document = json.loads(args.output.read_text())
        measured = {result["name"] for result in results}
        kept = [  # a figure this group no longer gives goes too
            r for r in document["results"]
            if r["name"] not in measured and r.get("run") != args.only
        ]  # fmt: skip
        document["results"] = kept + [{**r, "run": args.only} for r in results]
        document.setdefault("runs", {})[args.only] = run
    else:
        document = {**run, "results": results}
    args.output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    for result in results:
        print(f"{result['name']:<45} {result['value']:>12} {result['unit']}")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
