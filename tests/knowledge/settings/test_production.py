"""Production settings pass Django's deployment checklist given the documented variables, and
switch to shared media storage and a shared cache when those are configured. Nothing here
connects to S3 or Redis: the addresses below lead nowhere."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCALE_OUT = {
    "AWS_STORAGE_BUCKET_NAME": "terroir-media",
    "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9",
    "AWS_S3_REGION_NAME": "eu-west-3",
    "AWS_S3_CUSTOM_DOMAIN": "media.terroir.example.org",
    "AWS_ACCESS_KEY_ID": "test-access-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret-key",
    "REDIS_URL": "redis://127.0.0.1:9/0",
}

# What the process resolved: the storages, the cache, and the URL a media file gets.
RESOLVED = """
import json
from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import storages
print(json.dumps({
    "default": settings.STORAGES["default"]["BACKEND"],
    "default_class": type(storages["default"]).__name__,
    "staticfiles": settings.STORAGES["staticfiles"]["BACKEND"],
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_class": type(caches["default"]).__name__,
    "cache_location": settings.CACHES["default"].get("LOCATION"),
    "ratelimit_cache": settings.CACHES[settings.RATELIMIT_USE_CACHE],
    "media_url": storages["default"].url("original_images/zai.jpg"),
    "docs_serve_method": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
    "options": settings.STORAGES["default"].get("OPTIONS", {}),
}))
"""


def _production_env(tmp_path, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "knowledge.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "terroir.example.org",
        "SQLITE_PATH": str(tmp_path / "db.sqlite3"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "AWS_EC2_METADATA_DISABLED": "true",  # boto3 never looks for an instance role
    }
    for name in ("DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "TERROIR_CACHE_DIR", *SCALE_OUT):
        env.pop(name, None)  # DJANGO_ALLOW_ASYNC_UNSAFE: set by the browser tests' session
    env.update(extra)
    return env


def _manage(env, *args):
    return subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def _resolved(env) -> dict:
    run = _manage(env, "shell", "--no-imports", "-c", RESOLVED)
    assert run.returncode == 0, run.stdout + run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_check_deploy_fails_without_a_shared_cache(tmp_path):
    """Per-process memory would let each worker count rate limits on its own: the library's
    check says so, and is not silenced in production."""
    run = _manage(_production_env(tmp_path), "check", "--deploy")
    assert run.returncode != 0
    assert "django_ratelimit.E003" in run.stderr and "is not a shared cache" in run.stderr


def test_check_deploy_has_no_warnings_with_a_cache_shared_by_one_machines_processes(tmp_path):
    env = _production_env(tmp_path, TERROIR_CACHE_DIR=str(tmp_path / "cache"))
    run = _manage(env, "check", "--deploy", "--fail-level", "WARNING")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no issues" in run.stdout
    resolved = _resolved(env)
    assert resolved["cache_class"] == "SharedFileCache"
    assert resolved["cache_location"] == str(tmp_path / "cache")
    # Rate-limit counts in a directory of their own, with room for many (never culled by the
    # navigation and labels of the default cache).
    assert resolved["ratelimit_cache"]["LOCATION"] == str(tmp_path / "cache" / "ratelimit")
    assert resolved["ratelimit_cache"]["OPTIONS"]["MAX_ENTRIES"] >= 100_000


def test_the_embedded_default_shares_its_cache_between_processes_and_passes_the_check(tmp_path):
    """What `make run` and `make dev` start from (base.py): a cache every worker shares."""
    env = _production_env(tmp_path, DJANGO_SETTINGS_MODULE="knowledge.settings.dev",
                          TERROIR_VAR_DIR=str(tmp_path / "var"))  # fmt: skip
    run = _manage(env, "check")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "E003" not in run.stdout + run.stderr
    resolved = _resolved(env)
    assert resolved["cache_class"] == "SharedFileCache"
    assert resolved["cache_location"] == str(tmp_path / "var" / "django-cache")
    assert resolved["ratelimit_cache"]["LOCATION"] == str(tmp_path / "var" / "ratelimit-cache")
    assert resolved["ratelimit_cache"]["OPTIONS"]["MAX_ENTRIES"] >= 100_000


def test_check_deploy_has_no_warnings_with_s3_media_and_redis_cache(tmp_path):
    env = _production_env(tmp_path, **SCALE_OUT)
    run = _manage(env, "check", "--deploy", "--fail-level", "WARNING")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no issues" in run.stdout


def test_a_unix_socket_without_a_trusted_proxy_fails_the_check(tmp_path):
    """A Unix socket gives no client address: without TERROIR_PROXY_COUNT every rate-limited
    post would fail, so `check` (and `migrate`) say so before any visitor comes."""
    env = _production_env(tmp_path, TERROIR_CACHE_DIR=str(tmp_path / "cache"),
                          GUNICORN_CMD_ARGS="--bind unix:/run/terroir.sock")  # fmt: skip
    run = _manage(env, "check")
    assert run.returncode != 0
    assert "terroir.E001" in run.stderr and "TERROIR_PROXY_COUNT" in run.stderr
    env.update(TERROIR_PROXY_COUNT="1")
    assert _manage(env, "check").returncode == 0
    env.pop("GUNICORN_CMD_ARGS")
    env.update(GUNICORN_BIND="unix:/run/terroir.sock", TERROIR_PROXY_COUNT="0")
    assert "terroir.E001" in _manage(env, "check").stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = _production_env(tmp_path)
    env.pop("SECRET_KEY")
    run = _manage(env, "check")
    assert run.returncode != 0
    assert "SECRET_KEY" in run.stderr


def test_s3_media_and_redis_cache_when_configured(tmp_path):
    resolved = _resolved(_production_env(tmp_path, **SCALE_OUT))

    assert resolved["default"] == "storages.backends.s3.S3Storage"
    assert resolved["default_class"] == "S3Storage"
    assert resolved["options"]["bucket_name"] == "terroir-media"
    assert resolved["options"]["endpoint_url"] == "http://127.0.0.1:9"
    assert resolved["options"]["region_name"] == "eu-west-3"
    assert resolved["options"]["default_acl"] is None
    assert resolved["options"]["file_overwrite"] is False
    # Public media get plain, stable URLs on the configured domain, not signed ones.
    assert resolved["media_url"] == "https://media.terroir.example.org/original_images/zai.jpg"
    # Documents go through Wagtail's privacy check rather than redirecting to the bucket.
    assert resolved["docs_serve_method"] == "serve_view"
    # Static files are untouched: collectstatic still writes to STATIC_ROOT, for WhiteNoise.
    assert resolved["staticfiles"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"

    assert resolved["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert resolved["cache_class"] == "RedisCache"
    assert resolved["cache_location"] == "redis://127.0.0.1:9/0"
    # Counts in the same Redis, under a prefix of their own.
    assert resolved["ratelimit_cache"]["LOCATION"] == "redis://127.0.0.1:9/0"
    assert resolved["ratelimit_cache"]["KEY_PREFIX"] == "terroir-ratelimit"


def test_local_media_and_memory_cache_by_default(tmp_path):
    """Local media, and a memory cache that fails the check above."""
    resolved = _resolved(_production_env(tmp_path))

    assert resolved["default"] == "django.core.files.storage.FileSystemStorage"
    assert resolved["media_url"] == "/media/original_images/zai.jpg"
    assert resolved["docs_serve_method"] is None
    assert resolved["staticfiles"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert resolved["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert resolved["cache_class"] == "LocMemCache"


# What `make run` changes (the Makefile's `run` target): a local site on plain http.
SERVING = """
import json
from django.conf import settings
from django.test import RequestFactory
print(json.dumps({
    "debug": settings.DEBUG,
    "secret_key": settings.SECRET_KEY,
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
    "session_secure": settings.SESSION_COOKIE_SECURE,
    "csrf_secure": settings.CSRF_COOKIE_SECURE,
    "language_secure": settings.LANGUAGE_COOKIE_SECURE,
    "tasks": settings.TASKS["default"]["BACKEND"],
    "base_url": settings.WAGTAILADMIN_BASE_URL,
    "forwarded_https_believed": RequestFactory(HTTP_X_FORWARDED_PROTO="https").get("/").is_secure(),
}))
"""


def _serving(env) -> dict:
    run = _manage(env, "shell", "--no-imports", "-c", SERVING)
    assert run.returncode == 0, run.stdout + run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_https_everywhere_by_default(tmp_path):
    serving = _serving(_production_env(tmp_path, WAGTAILADMIN_BASE_URL="https://t.example.org"))
    assert serving["debug"] is False
    assert serving["ssl_redirect"] and serving["session_secure"] and serving["csrf_secure"]
    assert serving["tasks"] == "django_tasks_db.DatabaseBackend"
    assert serving["base_url"] == "https://t.example.org"
    assert serving["forwarded_https_believed"]  # from the load balancer terminating TLS


def test_make_run_is_a_plain_http_site_with_its_key_in_a_file(tmp_path):
    key_file = tmp_path / "secret-key"
    key_file.write_text("k" * 50 + "\n")
    env = _production_env(
        tmp_path,
        SECRET_KEY_FILE=str(key_file),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        TERROIR_HTTPS="0",
        TERROIR_TASKS="immediate",
        PORT="8001",
    )
    env.pop("SECRET_KEY")
    env.pop("WAGTAILADMIN_BASE_URL", None)
    serving = _serving(env)

    assert serving["debug"] is False
    assert serving["secret_key"] == "k" * 50
    # A browser keeps the session and CSRF cookies over http; nothing redirects to https.
    assert not (serving["ssl_redirect"] or serving["session_secure"] or serving["csrf_secure"])
    assert not serving["language_secure"]
    assert serving["tasks"] == "django_tasks.backends.immediate.ImmediateBackend"
    assert serving["base_url"] == "http://127.0.0.1:8001"  # e-mails link to the running port
    # No proxy in front: a client's X-Forwarded-Proto: https does not pass for https.
    assert not serving["forwarded_https_believed"]


def test_plain_http_behind_a_proxy_believes_its_forwarded_proto(tmp_path):
    env = _production_env(tmp_path, TERROIR_HTTPS="0", TERROIR_PROXY_COUNT="1")
    assert _serving(env)["forwarded_https_believed"]


LOG = """
import logging
logging.getLogger("django.request").error("Internal Server Error: /en/")
logging.getLogger("django.request").warning("Not Found: /en/no-such-page/")
logging.getLogger("django.security.csrf").warning("Forbidden (CSRF cookie not set.): /en/")
logging.getLogger("django.security.DisallowedHost").error("Invalid HTTP_HOST header")
"""


def test_errors_and_security_warnings_go_to_stderr_with_their_time(tmp_path):
    run = _manage(_production_env(tmp_path), "shell", "--no-imports", "-c", LOG)
    assert run.returncode == 0, run.stderr
    lines = run.stderr.splitlines()
    stamp = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}"
    assert len(lines) == 2, lines  # neither the 404 nor the made-up host
    assert re.fullmatch(rf"{stamp} ERROR django\.request \[\d+\] Internal Server Error: /en/",
                        lines[0])  # fmt: skip
    assert re.fullmatch(rf"{stamp} WARNING django\.security\.csrf \[\d+\] Forbidden .*", lines[1])


COOKIES = """
import json
from django.conf import settings
print(json.dumps({name: getattr(settings, name) for name in dir(settings) if "_COOKIE_" in name}))
"""


def test_cookies_are_secure_and_the_language_cookie_is_out_of_scripts_reach(tmp_path):
    run = _manage(_production_env(tmp_path), "shell", "--no-imports", "-c", COOKIES)
    assert run.returncode == 0, run.stderr
    values = json.loads(run.stdout.strip().splitlines()[-1])
    for name in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "LANGUAGE_COOKIE_SECURE",
                 "SESSION_COOKIE_HTTPONLY", "LANGUAGE_COOKIE_HTTPONLY"):  # fmt: skip
        assert values[name] is True, name
    for name in ("SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE", "LANGUAGE_COOKIE_SAMESITE"):
        assert values[name] == "Lax", name


def _make_run_exports() -> dict[str, str]:
    """The Makefile's `run: export NAME := value` lines."""
    makefile = (ROOT / "Makefile").read_text()
    return dict(re.findall(r"^run: export (\w+) := (.*)$", makefile, flags=re.MULTILINE))


CACHE_PLACES = """
import json
from pathlib import Path
from django.conf import settings
print(json.dumps({
    "caches": [str(Path(c["LOCATION"]).resolve()) for c in settings.CACHES.values()],
    # Where practices/conditions/grids.py keeps the derivation grids and their locks.
    "grids": str((Path(settings.VAR_DIR) / "cache").resolve()),
}))
"""


def test_make_runs_cache_is_apart_from_the_derivation_grids(tmp_path):
    """`make run`'s cache (cleared, culled) never shares a directory with the 200 MB of
    derivation grids: culling would delete them, and `clear` would too."""
    env = _production_env(tmp_path, **_make_run_exports())
    env["SECRET_KEY_FILE"] = str(tmp_path / "secret-key")
    (tmp_path / "secret-key").write_text("k" * 50)
    env.pop("TERROIR_VAR_DIR", None)  # as `make run` leaves it: var/ in the repository
    run = _manage(env, "shell", "--no-imports", "-c", CACHE_PLACES)
    assert run.returncode == 0, run.stdout + run.stderr
    places = json.loads(run.stdout.strip().splitlines()[-1])
    grids = Path(places["grids"])
    for cache in map(Path, places["caches"]):
        assert cache.is_absolute(), cache  # caches.W003 otherwise, on every command
        assert cache != grids and grids not in cache.parents and cache not in grids.parents


def test_the_deploy_guide_lists_every_variable_make_run_sets():
    guide = (ROOT / "docs" / "deploy.md").read_text()
    table = guide.split("## What `make run` runs", 1)[1].split("\n## ", 1)[0]
    for name in _make_run_exports():
        assert f"| `{name}` |" in table, name
