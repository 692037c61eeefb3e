import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "terroir-tests-only"  # noqa: S105 - tests only
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast, tests only
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="terroir-test-media-"))
VAR_DIR = Path(tempfile.mkdtemp(prefix="terroir-test-var-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests run without `collectstatic` (plain names above): WhiteNoise finds static files where
# they are, as in development, instead of warning that STATIC_ROOT is missing.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Tests roll back databases: always check (benchmarks set 1, as in production).
TERROIR_INDEX_CHECK_SECONDS = float(os.environ.get("TERROIR_INDEX_CHECK_SECONDS", "0"))

# The suite runs on the embedded engine; ELASTICSEARCH_URL, when set, is the real server the
# live suite (`pytest -m elasticsearch`) runs the same behaviour tests against, in indexes of
# its own (tests/search/conftest.py). Contract tests point the engine at their recorder.
LIVE_ELASTICSEARCH_URLS = ELASTICSEARCH_URLS
ELASTICSEARCH_URLS = []
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# django-axes refuses `Client.login()` (it authenticates without a request), which Wagtail's
# test helpers use; the lockout tests switch it on (tests/practices/views/accounts/).
AXES_ENABLED = False

# --- Cache (issue 10: rate limits) ---
# One process and a cache emptied around each test (tests/conftest.py): memory is exact here
# and fast. The shared file cache of the embedded default has its own tests
# (tests/knowledge/test_cache.py).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ratelimit",
    },
}
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]
