"""Production: every secret and environment-specific value comes from the environment
(the table in docs/deploy.md lists them)."""

import os
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
# The key itself, or a file holding it (a container secret; `make run` keeps one in var/).
if os.environ.get("SECRET_KEY_FILE") and not os.environ.get("SECRET_KEY"):
    SECRET_KEY = Path(os.environ["SECRET_KEY_FILE"]).read_text().strip()
else:
    SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]
# TERROIR_HTTPS=0 is for a site on plain http on its own machine (`make run`, docs/deploy.md):
# no redirect to https, and cookies that a browser keeps over http. Anywhere else, https.
TERROIR_HTTPS = os.environ.get("TERROIR_HTTPS", "1") != "0"
# X-Forwarded-Proto is believed only from a proxy in front (docs/deploy.md): on plain http with
# no proxy (`make run`), any client could send it and pass for https.
if TERROIR_HTTPS or TERROIR_PROXY_COUNT:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1" if TERROIR_HTTPS else "0") == "1"
SESSION_COOKIE_SECURE = TERROIR_HTTPS
CSRF_COOKIE_SECURE = TERROIR_HTTPS
# Session and language cookies are also out of scripts' reach (HttpOnly), all SameSite=Lax.
LANGUAGE_COOKIE_SECURE = TERROIR_HTTPS  # issue 10
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
if os.environ.get("EMAIL_FILE_PATH"):  # with EMAIL_BACKEND=...filebased.EmailBackend
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]

# Media on S3-compatible storage when a bucket is named; otherwise on the local disk (MEDIA_ROOT),
# which only suits a single machine. boto3 reads the access keys from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY (or an instance role). Static files keep base.py's storage.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES = {
        **STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
                "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
                "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
                "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
                # Objects inherit the bucket's policy (public read for media); URLs are plain,
                # stable and cacheable, not signed per request.
                "default_acl": None,
                "querystring_auth": False,
                # An upload never replaces another file of the same name.
                "file_overwrite": False,
                "object_parameters": {"CacheControl": "public, max-age=86400"},
            },
        },
    }
    TERROIR_SERVE_MEDIA = False  # the bucket serves them
    # Documents stream through Wagtail's view, which checks collection privacy on every
    # download, instead of redirecting to the bucket's public URL.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Cache (issue 10: rate limits) ---
# One cache shared by every process and machine when REDIS_URL is set: edits clear cached
# labels and navigation everywhere at once, and rate limits count every request once.
# TERROIR_CACHE_DIR instead: files shared by the processes of ONE machine (knowledge/cache.py).
# Neither: per-process memory, where each worker would count on its own, so the rate-limit
# check (django_ratelimit.E003, not silenced here) fails `check --deploy` and `migrate`.
# Rate-limit counters always have an alias of their own ("ratelimit", base.py says why): the
# same Redis under another prefix, or a directory of their own inside TERROIR_CACHE_DIR.
_MEMORY = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {"default": _MEMORY, "ratelimit": {**_MEMORY, "LOCATION": "ratelimit"}}
if os.environ.get("TERROIR_CACHE_DIR"):
    # A relative directory (`make run`'s var/django-cache) is the project's, whatever the
    # working directory; Django warns about relative cache paths (caches.W003).
    _CACHE_DIR = BASE_DIR / os.environ["TERROIR_CACHE_DIR"]
    CACHES = {
        "default": {
            "BACKEND": "knowledge.cache.SharedFileCache",
            "LOCATION": str(_CACHE_DIR),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "ratelimit": {
            "BACKEND": "knowledge.cache.SharedFileCache",
            # Django's file cache lists, culls and clears only the files directly in its own
            # directory: the default cache never touches this one.
            "LOCATION": str(_CACHE_DIR / "ratelimit"),
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
    }
if os.environ.get("REDIS_URL"):
    _REDIS = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        # A stalled Redis slows a request by at most this much, never hangs it.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    CACHES = {
        "default": {**_REDIS, "KEY_PREFIX": "terroir"},
        # Redis has no MAX_ENTRIES: it evicts only when full, by its maxmemory-policy.
        "ratelimit": {**_REDIS, "KEY_PREFIX": "terroir-ratelimit"},
    }

# Background work is queued in the database and run by `manage.py db_worker` (docs/deploy.md):
# a page save never waits on Elasticsearch. TERROIR_TASKS=immediate runs it in the request, as
# `make run` does (one machine, no worker, no Elasticsearch to wait for).
if os.environ.get("TERROIR_TASKS") == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
