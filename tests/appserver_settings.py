"""Settings of the application server started by tests/appserver.py: the test settings (DEBUG
off), with the database, media and var directories shared by every worker, and the rate limits
off (the concurrency tests send 20 posts from one address; the limits have tests of their own)."""

import json
import os
from pathlib import Path

from knowledge.settings.test import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])
VAR_DIR = Path(os.environ["TERROIR_VAR_DIR"])
RATELIMIT_ENABLE = False

# Another choice of SQLite options, to compare them (docs/decisions.md).
if os.environ.get("TERROIR_SQLITE_OPTIONS"):
    DATABASES["default"]["OPTIONS"] = json.loads(os.environ["TERROIR_SQLITE_OPTIONS"])  # noqa: F405
