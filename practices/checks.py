"""System checks of the practices app, registered when PracticesConfig is imported."""

import os
import re

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def client_address_check(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Gunicorn on a Unix socket (GUNICORN_BIND or GUNICORN_CMD_ARGS) hands Django no client
    address: without a trusted proxy's X-Forwarded-For, every rate-limited post would fail.
    Found at `check` and `migrate`, before the first visitor finds it."""
    bind = " ".join(os.environ.get(name, "") for name in ("GUNICORN_BIND", "GUNICORN_CMD_ARGS"))
    if re.search(r"(^|[\s=])unix:", bind) and not settings.TERROIR_PROXY_COUNT:
        return [
            checks.Error(
                "gunicorn listens on a Unix socket and TERROIR_PROXY_COUNT is 0: requests "
                "have no client address to rate-limit.",
                hint="Set TERROIR_PROXY_COUNT to the number of proxies in front that append "
                "to X-Forwarded-For (1 for one web server), docs/deploy.md.",
                id="terroir.E001",
            )
        ]
    return []
