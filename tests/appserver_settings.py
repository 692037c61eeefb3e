"""Settings of the application server tests/appserver.py starts when not in production mode:
the test settings (DEBUG off), with the database, media, var and cache directories shared by
every worker, and the rate limits off (the concurrency tests send 60 posts from one address;
the limits have tests of their own). The cache is the embedded default's shared file cache, as
under `make run`, rather than the test settings' per-process memory."""

import json
import os
from pathlib import Path

from knowledge.settings.test import *  # noqa: F403

# The test settings made a media and a var directory of their own on import: empty, unused here.
MEDIA_ROOT.rmdir()  # noqa: F405
VAR_DIR.rmdir()  # noqa: F405
MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])
VAR_DIR = Path(os.environ["TERROIR_VAR_DIR"])
RATELIMIT_ENABLE = False
CACHES = {
    "default": {
        "BACKEND": "knowledge.cache.SharedFileCache",
        "LOCATION": os.environ["TERROIR_CACHE_DIR"],
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

# Another choice of SQLite options, to compare them (docs/decisions.md).
if os.environ.get("TERROIR_SQLITE_OPTIONS"):
    DATABASES["default"]["OPTIONS"] = json.loads(os.environ["TERROIR_SQLITE_OPTIONS"])  # noqa: F405
