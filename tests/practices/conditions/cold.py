"""Derivations from many threads of a fresh Python process (nothing loaded, the caches not all
built): how an application server's worker starts. One script for every derivation function."""

import json
import os
import subprocess
import sys

from django.conf import settings

from practices.conditions.grids import PackedLandMask

SCRIPT = """
import json, sys, threading
from importlib import import_module
from pathlib import Path
import django
django.setup()
from django.conf import settings
settings.VAR_DIR = Path(sys.argv[1])
module, name = sys.argv[4].rsplit(".", 1)
function, fields = getattr(import_module(module), name), sys.argv[5].split(",")
places, threads = json.loads(sys.argv[2]), int(sys.argv[3])
start = threading.Barrier(threads)
answers = []
def derive(offset):
    start.wait()
    for index in range(len(places)):
        latitude, longitude = places[(offset + index) % len(places)]
        try:
            derived = function(latitude=latitude, longitude=longitude + offset * 1e-7)
            answers.append([latitude, longitude, *(getattr(derived, f) for f in fields)])
        except Exception as error:
            answers.append([latitude, longitude, "error", repr(error)])
workers = [threading.Thread(target=derive, args=(n,)) for n in range(threads)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(json.dumps(answers))
"""


def var_with_shared_land_mask(tmp_path):
    """A VAR_DIR whose cache holds only the session's land mask (about 1 GB while built, so
    built once per machine): the child's threads build every other cache."""
    shared = PackedLandMask(settings.VAR_DIR / "cache")
    var = tmp_path / "var"
    (var / "cache").mkdir(parents=True)
    for path in (shared.bits_path, shared.meta_path):
        (var / "cache" / path.name).symlink_to(path)
    return var


def cold_derivations(*, var, points, function: str, fields: list[str], threads: int = 16):
    """Every thread of a fresh process derives every point at the same moment with `function`
    (a dotted name); returns [latitude, longitude, *fields] per derivation."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "knowledge.settings.test",
                   "PYTHONPATH": os.pathsep.join([str(settings.BASE_DIR), *sys.path])}  # fmt: skip
    arguments = [str(var), json.dumps(points), str(threads), function, ",".join(fields)]
    child = subprocess.run(  # noqa: S603 - our own program
        [sys.executable, "-c", SCRIPT, *arguments],
        capture_output=True, text=True, env=environment, cwd=settings.BASE_DIR, timeout=300,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    answers = json.loads(child.stdout)
    assert len(answers) == threads * len(points)
    return answers
