"""Settings shared by every environment. Environment-specific values live in dev/test/production."""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "home",
    "practices",
    "practices.impact",
    "practices.network",
    "practices.regions",
    "practices.reach",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_ratelimit",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost but one: every response, redirects and errors included, gets the policies.
    "knowledge.middleware.SecurityHeadersMiddleware",
    # App server (docs/deploy.md): WhiteNoise answers /static/ before anything else runs; HTML
    # and other text is gzipped below it (docs/decisions.md, "Compressed HTML").
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "knowledge.compression.TextGZipMiddleware",
    # End of the app server's block.
    # Read-only CORS on /api/ only (CORS_* below); before CommonMiddleware, as it asks.
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "knowledge.middleware.TerroirLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "knowledge.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "knowledge.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.navigation",
                "practices.reach.context_processors.text_only",
            ],
        },
    },
]

WSGI_APPLICATION = "knowledge.wsgi.application"

# SQLite takes an application server's concurrent writes (docs/decisions.md, "SQLite under
# concurrent writes"): every transaction takes the write lock when it begins (IMMEDIATE), so a
# writer waits its turn (up to `timeout` seconds) instead of failing with "database is locked"
# when a read turns into a write; WAL lets readers go on while one writes.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        },
    }
}
if os.environ.get("DATABASE_URL"):
    DATABASES["default"] = dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts (docs/decisions.md, "Accounts"). Members sign in with their email, which is also
# their username (lower case); axes refuses logins while a username + IP pair is locked out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:account"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Terroir <no-reply@localhost>")
# Where the call for twin regions' expressions of interest go (comma-separated; else ADMINS).
TERROIR_SECRETARIAT_EMAIL = os.environ.get("TERROIR_SECRETARIAT_EMAIL", "")
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hour
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Behind a load balancer or reverse proxy: how many proxies append to X-Forwarded-For. Rate
# limits and lockouts then count the visitor's address, not the proxy's (0: direct clients).
TERROIR_PROXY_COUNT = int(os.environ.get("TERROIR_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "practices.views.limits.client_ip"
RATELIMIT_IP_META_KEY = "practices.views.limits.client_ip"
# Rate limits (practices/views/limits.py) count in a cache of their own (CACHES["ratelimit"],
# below): navigation and labels filling the default cache never cull a count.
RATELIMIT_USE_CACHE = "ratelimit"
SILENCED_SYSTEM_CHECKS = [
    # Django's own RedisCache (production) and our SharedFileCache (the embedded default) both
    # increment atomically; the library's list of supported backends only names django-redis
    # and memcached. Its error for a cache that is not shared (E003) is never silenced here.
    "django_ratelimit.W001",
]

# Three languages: interface (gettext) and content (Wagtail locales) alike.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
]
# --- Language cookie (issue 10: production hygiene) ---
# Read by the server only (the site has no JavaScript), sent on top-level navigation from
# other sites (a shared link opens in the reader's language). Secure in production.py.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# The application serves MEDIA_ROOT itself (knowledge/media.py: type from the content, never an
# active one), whatever DEBUG says: the default storage is the local disk. Off when a web server
# or a bucket serves media instead (production.py switches it off with S3).
TERROIR_SERVE_MEDIA = os.environ.get("TERROIR_SERVE_MEDIA", "1") == "1"
# Media folders served only to whom their guard allows (knowledge/media.py): the files of
# uploaded videos and voice notes, and farmers' photos, until a live page uses them
# (docs/decisions.md).
TERROIR_MEDIA_GUARDS = {
    **dict.fromkeys(
        ("reach", "media", "media_thumbnails"), "practices.reach.media_access.media_guard"
    ),
    **dict.fromkeys(("original_images", "images"), "practices.reach.media_access.image_guard"),
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names (cached for a year, immutable) with gzip and Brotli copies, served by
    # WhiteNoise; needs `manage.py collectstatic` before serving with DEBUG off (`make run` does).
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Terroir"
# Where e-mails link (Wagtail's and practices/services/notifications.py). Unset, the local
# site on PORT, the port `make run`/`make dev` and knowledge/gunicorn.conf.py serve on;
# production sets it.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or (
    f"http://127.0.0.1:{os.environ.get('PORT') or '8000'}"
)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 8 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]  # no SVG
WAGTAILMEDIA = {"MEDIA_MODEL": "wagtailmedia.Media",
                "MEDIA_FORM_BASE": "practices.reach.forms.CheckedMediaForm"}  # fmt: skip
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "simple"
# A new translation starts as a draft (wagtail-localize would publish the untranslated copy at
# once when the source is live); the translator publishes it once it is translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Contributions are published by the regional review's approval (practices/models/review.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "practices.workflow_actions.publish_reviewed"

# Rendering an embed never fetches from the internet unless this is switched on: a video link
# renders as a plain link offline (docs/decisions.md).
TERROIR_FETCH_EMBEDS = os.environ.get("TERROIR_FETCH_EMBEDS", "") == "1"

# How often (seconds) a process checks whether another process changed the search index.
TERROIR_INDEX_CHECK_SECONDS = float(os.environ.get("TERROIR_INDEX_CHECK_SECONDS", "1"))

# Where a deployment keeps small run-time files (the demo admin's password).
VAR_DIR = Path(os.environ.get("TERROIR_VAR_DIR", BASE_DIR / "var"))

# --- Cache (issue 10: rate limits) ---
# Files under VAR_DIR, shared by every process of this machine (`make run` serves through
# several workers), so rate-limit counts, and the navigation an edit clears, are the same in
# all of them; add and incr are atomic across processes (knowledge/cache.py). Production uses
# Redis (knowledge/settings/production.py).
CACHES = {
    "default": {
        "BACKEND": "knowledge.cache.SharedFileCache",
        "LOCATION": str(VAR_DIR / "django-cache"),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
    # Rate-limit counters, apart: culling deletes a random third of a full cache, counters
    # included, so they get room for far more than the busiest hour makes (a refused address
    # adds no more counters, practices/views/limits.py). Listing 100,000 files to see whether
    # it is full takes about 0.1 s, done once every 25 writes (knowledge/cache.py).
    "ratelimit": {
        "BACKEND": "knowledge.cache.SharedFileCache",
        "LOCATION": str(VAR_DIR / "ratelimit-cache"),
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    },
}

# Scale-out search (docs/deploy.md). Unset: the embedded engine answers everything. Set (one URL
# or several, comma-separated): Elasticsearch answers public search and similarity, the embedded
# index stays current as the fallback, and Wagtail's admin search uses Elasticsearch too.
ELASTICSEARCH_URLS = [
    u.strip() for u in os.environ.get("ELASTICSEARCH_URL", "").split(",") if u.strip()
]
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "terroir")
# Request-path calls (searches, deliveries after a save) give up fast and never retry; the
# circuit breaker then sends searches to the embedded engine for a while.
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "1"))
# A delivery made inside the saving request (development's immediate tasks) waits at most this.
ELASTICSEARCH_SAVE_TIMEOUT = float(os.environ.get("ELASTICSEARCH_SAVE_TIMEOUT", "0.25"))
ELASTICSEARCH_BULK_TIMEOUT = float(os.environ.get("ELASTICSEARCH_BULK_TIMEOUT", "60"))
ELASTICSEARCH_REPLICAS = int(os.environ.get("ELASTICSEARCH_REPLICAS", "1"))
ELASTICSEARCH_CA_CERTS = os.environ.get("ELASTICSEARCH_CA_CERTS") or None
SEARCH_BREAKER_FAILURES = int(os.environ.get("SEARCH_BREAKER_FAILURES", "3"))
SEARCH_BREAKER_RESET_SECONDS = float(os.environ.get("SEARCH_BREAKER_RESET_SECONDS", "30"))

if ELASTICSEARCH_URLS:
    # The admin's search behind the public search's circuit breaker
    # (search/engine/elasticsearch/admin.py): Wagtail writes to both backends on save, and the
    # database one answers while Elasticsearch does not.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.engine.elasticsearch.admin",
            "URLS": ELASTICSEARCH_URLS,
            "INDEX_PREFIX": f"{ELASTICSEARCH_INDEX_PREFIX}-wagtail-",
            "TIMEOUT": ELASTICSEARCH_TIMEOUT,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "FALLBACK": "fallback",
        },
        "fallback": {"BACKEND": "wagtail.search.backends.database"},
    }

# Background work (django-tasks): at once, in the process, here; production queues it in the
# database for `manage.py db_worker` (knowledge/settings/production.py).
# The public JSON API may be read from any origin (GET only, no cookies); the site may not.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Logging (issue 10: production hygiene) ---
# One line per event on stderr, with its time (gunicorn and `make run` pass stderr on to the
# terminal or the service manager's journal): unhandled exceptions with their traceback
# (django.request, 5xx), security warnings (django.security.*, axes' lockouts), and our own
# apps' messages. 4xx answers are not logged: a bot's 404s, 400s and 429s would bury the
# errors. Nor are requests for a host outside ALLOWED_HOSTS (scanners send them by thousands).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "timestamped": {
            "format": "{asctime} {levelname} {name} [{process:d}] {message}",
            "style": "{",
        },  # fmt: skip
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "timestamped"},
        "null": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        # Replaces Django's default handlers (a console only when DEBUG, mail to ADMINS):
        # every record is written once, by the root's handler.
        "django": {"level": "INFO"},
        "django.request": {"level": "ERROR"},
        "django.security.DisallowedHost": {"handlers": ["null"], "propagate": False},
        **{app: {"level": "INFO"} for app in ("knowledge", "home", "practices", "search")},
    },
}

# --- Content-Security-Policy and Permissions-Policy (issue 10: production hygiene) ---
# knowledge.middleware.SecurityHeadersMiddleware sends them on every response that has none
# (docs/decisions.md, "Security headers"). The public site: no JavaScript, no inline style,
# no plugin, forms to this site only, never framed.
TERROIR_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'none'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# The admin (Wagtail 8, Django's admin) needs more: Wagtail's chooser and date widgets still
# render inline <script>s (wagtail/wagtail#1288, open), Draftail and Telepath set inline
# styles, uploads are previewed before they are sent (blob:), and pages are previewed in a
# frame of the admin's own. Scripts still come from this site only; no plugin, no framing.
TERROIR_CSP_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
    "font-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
TERROIR_CSP_ADMIN_PATHS = ["/admin/", "/django-admin/"]
# The pages with a location fieldset (templates/includes/location_fieldset.html) run the site's
# one public script, "Use my location" (static/js/locate.js), which asks for the position:
# there, and there only, scripts of this site and the position are allowed (issue 12).
TERROIR_LOCATION_VIEWS = [
    "farms_like_mine", "accounts:farm", "accounts:contribute", "accounts:contribute_edit",
]  # fmt: skip
# Nothing asks for the camera or the microphone, nor for the position outside the pages above:
# a file input with `capture` opens the phone's own camera or recorder without them. Videos may
# go full screen. In-page voice recording (JavaScript) would need microphone=(self).
TERROIR_PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self"],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self"],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "usb": [],
}
