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

RESULTS = Path(__file__).resolve().parent / "results.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller corpora, a few minutes")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="terroir-bench-"))
    os.environ["SQLITE_PATH"] = str(workdir / "bench.sqlite3")
    os.environ.pop("DATABASE_URL", None)  # else settings would use that database instead
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "knowledge.settings.test")
    os.environ.setdefault("TERROIR_INDEX_CHECK_SECONDS", "1")  # as in production
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)

    from benchmarks import foundation, search

    started = time.perf_counter()
    results = foundation.run(quick=args.quick)
    results += search.run(quick=args.quick)
    document = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()}",
        "quick": args.quick,
        "duration_s": round(time.perf_counter() - started, 1),
        "results": results,
    }
    args.output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    for result in results:
        print(f"{result['name']:<45} {result['value']:>12} {result['unit']}")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
