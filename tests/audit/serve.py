"""`make audit` without a site on PORT: the demo served as `make run` serves it
(tests/appserver.py in production mode: gunicorn, the production settings with the Makefile's
`run` environment, collected static files, rate limits on) from a throw-away SQLite database
under /tmp, on a free port, audited by tests/audit/audit.mjs, then stopped."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.appserver import BASE_DIR, AppServer, derived_grids

DEMO = """
from django.core.management import call_command
call_command("load_demo_data", verbosity=0)
call_command("rebuild_search_index", verbosity=0)
"""


def main() -> int:
    grids = derived_grids(BASE_DIR / "var" / "cache")  # shared with `make run`, built once
    with tempfile.TemporaryDirectory(prefix="terroir-audit-") as directory:
        server = AppServer(Path(directory), production=True, grids=grids)
        server.manage("migrate", "--noinput", "-v0")
        server.django(DEMO, timeout=1800)
        with server:
            node = shutil.which("node") or "node"
            done = subprocess.run(  # noqa: S603 - our own script
                [node, str(BASE_DIR / "tests/audit/audit.mjs"), server.url(""), "fr"],
                cwd=BASE_DIR, env={**os.environ, "CHROME_PATH": os.environ.get(
                    "CHROME_PATH", "/usr/bin/chromium")}, check=False,
            )  # fmt: skip
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
