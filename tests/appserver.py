"""The real application server, started as `make run` starts it (`gunicorn -c
knowledge/gunicorn.conf.py knowledge.wsgi`), for the tests that need real HTTP and the load
benchmark: what `make run` users meet, not Django's test client.

One helper, two sets of settings:
- `production=True`: the production settings with the environment the Makefile's `run` target
  exports (read from the Makefile itself), static files collected, rate limits on. The load
  benchmark and tests/test_appserver.py measure and check what `make run` ships.
- otherwise `tests.appserver_settings` (the test settings, DEBUG off, rate limits off): the
  concurrency tests send dozens of posts from one address, the limits have tests of their own.

Either way the database, media, var and cache directories are the server's own, under
`directory`, shared by every worker; the port is one the system hands out. Members log in by a
session created in the database; forms post a CSRF token matching the cookie they send.
"""

import io
import json
import os
import re
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import requests
from PIL import Image

BASE_DIR = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
CSRF_TOKEN = "terroirconcurrencytestscsrftoken"  # 32 characters: a valid unmasked secret
# Variables of the calling shell that would point the server elsewhere than its own directory.
INHERITED_NOT = (
    "DATABASE_URL", "WAGTAILADMIN_BASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "SECRET_KEY",
    "DJANGO_SETTINGS_MODULE", "TERROIR_CACHE_DIR", "STATIC_ROOT",
)  # fmt: skip


def make_run_environment() -> dict[str, str]:
    """The variables the Makefile's `run` target exports (`run: export NAME := value`)."""
    makefile = (BASE_DIR / "Makefile").read_text()
    found = dict(re.findall(r"^run: export (\w+) := (.*)$", makefile, flags=re.MULTILINE))
    if found.get("DJANGO_SETTINGS_MODULE") != "knowledge.settings.production":
        raise RuntimeError(f"the Makefile's run target no longer reads as expected: {found}")
    return found


def free_port() -> int:
    """A port nobody listens on, as the system hands it out (bound to port 0, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_copy(connection, path: Path) -> None:
    """Copy a migrated SQLite database (the test session's, in memory) to a file: far quicker
    than migrating a new one."""
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
    target.close()


GRIDS_BUILD = """
import sys
from pathlib import Path
from practices.conditions.grids import AltitudeGrid, ClimateGrid, KoppenGrid, PackedLandMask
directory = Path(sys.argv[1])
for grid in (PackedLandMask, KoppenGrid, ClimateGrid, AltitudeGrid):
    grid(directory)
"""


def derived_grids(directory: Path) -> list[Path]:
    """The land mask, Köppen, climate and altitude grids the derivation reads
    (practices/conditions/grids.py), built in `directory` if missing, in a process of their own
    (about 1 GB while the mask is built, given back when it exits). Servers link them
    (AppServer's `grids`) instead of building their own copy in their own var directory."""
    directory.mkdir(parents=True, exist_ok=True)
    subprocess.run(  # noqa: S603 - our own program
        [sys.executable, "-c", GRIDS_BUILD, str(directory)],
        cwd=BASE_DIR, env={**os.environ, "PYTHONPATH": str(BASE_DIR)}, check=True, timeout=600,
    )  # fmt: skip
    return sorted(p for p in directory.iterdir() if p.suffix in (".npy", ".json"))


def _inside(name: str) -> property:
    """A path in the server's own directory."""
    return property(lambda server: server.directory / name)


@dataclass
class AppServer:
    """gunicorn serving knowledge.wsgi on 127.0.0.1:port. Use as a context manager."""

    directory: Path  # holds db.sqlite3, media/, var/, static/, django-cache/ and the log
    production: bool = False
    environment: dict = field(default_factory=dict)  # over everything else
    grids: list[Path] = field(default_factory=list)  # linked into var/cache (derived_grids)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    database = _inside("db.sqlite3")
    media = _inside("media")
    var = _inside("var")
    cache = _inside("django-cache")
    log = _inside("server.log")

    def env(self) -> dict:
        env = {name: value for name, value in os.environ.items() if name not in INHERITED_NOT}
        if self.production:
            env.update(make_run_environment())
            env.update(SECRET_KEY_FILE=str(self.directory / "secret-key"),
                       STATIC_ROOT=str(self.directory / "static"))  # fmt: skip
        else:
            env["DJANGO_SETTINGS_MODULE"] = "tests.appserver_settings"
        env.update(
            PYTHONPATH=str(BASE_DIR),
            PORT=str(self.port),  # as `make run PORT=...` exports it (gunicorn.conf.py binds it)
            SQLITE_PATH=str(self.database),
            MEDIA_ROOT=str(self.media),
            TERROIR_VAR_DIR=str(self.var),
            # Never the Makefile's var/cache: rate-limit counters would outlive the run, shared
            # with a developer's `make run` (and the next run of the tests).
            TERROIR_CACHE_DIR=str(self.cache),
        )
        return {**env, **self.environment}

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def manage(self, *args: str, timeout: float = 600) -> str:
        """`manage.py` with the server's settings and directories; its output."""
        return self._run(["manage.py", *args], timeout)

    def django(self, script: str, timeout: float = 300) -> str:
        """Run a Python script against the server's database and settings; its output."""
        return self._run(["-c", "import django\ndjango.setup()\n" + script], timeout)

    def _run(self, args: list[str], timeout: float) -> str:
        self._prepare()
        done = subprocess.run(  # noqa: S603 - our own programs
            [sys.executable, *args],
            capture_output=True, text=True, env=self.env(), cwd=BASE_DIR, timeout=timeout,
        )  # fmt: skip
        if done.returncode:
            raise RuntimeError(f"{args[0]} failed:\n{done.stdout[-2000:]}{done.stderr[-3000:]}")
        return done.stdout

    def _prepare(self) -> None:
        """The directories, the secret key (production) and the links to the shared grids."""
        for directory in (self.media, self.var / "cache", self.cache):
            directory.mkdir(parents=True, exist_ok=True)
        key = self.directory / "secret-key"
        if self.production and not key.exists():
            key.write_text(secrets.token_urlsafe(50))
        for path in self.grids:
            link = self.var / "cache" / path.name
            if not link.exists():
                link.symlink_to(path)

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""

    def __enter__(self) -> "AppServer":
        if self.production:  # the database as `make run` leaves it, hashed static files
            self.manage("migrate", "--noinput", "-v0")
            self.manage("collectstatic", "--noinput", "-v0")
        self._prepare()
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - the shipped server and configuration
                [str(GUNICORN), "-c", "knowledge/gunicorn.conf.py", "knowledge.wsgi"],
                env=self.env(), cwd=BASE_DIR, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log_tail()}")
            try:  # the first request of each worker loads the whole site: give it time
                requests.get(self.url("/en/"), timeout=60)
                return self
            except (requests.ConnectionError, requests.Timeout):
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError(f"gunicorn did not answer on port {self.port}:\n{self.log_tail()}")

    def __exit__(self, *exc) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # graceful: workers finish their requests
            try:
                self.process.wait(timeout=40)  # gunicorn.conf.py's graceful_timeout is 30 s
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# --- concurrent clients -----------------------------------------------------------------------


@dataclass
class Outcome:
    status: int  # 0: no answer (connection error)
    seconds: float
    body: str = ""


def at_once(calls: list[Callable[[], requests.Response]]) -> list[Outcome]:
    """Run every call in its own thread, all released at the same moment."""
    start = threading.Barrier(len(calls))
    outcomes: list[Outcome | None] = [None] * len(calls)

    def run(index: int) -> None:
        start.wait()
        began = time.perf_counter()
        try:
            response = calls[index]()
            outcomes[index] = Outcome(
                response.status_code, time.perf_counter() - began, response.text[:2000]
            )
        except requests.RequestException as error:
            outcomes[index] = Outcome(0, time.perf_counter() - began, repr(error))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def browser(server: AppServer, session_key: str | None = None) -> requests.Session:
    """A client with a CSRF cookie (and the member's session, when given)."""
    client = requests.Session()
    client.cookies.set("csrftoken", CSRF_TOKEN, domain="127.0.0.1")
    if session_key:
        client.cookies.set("sessionid", session_key, domain="127.0.0.1")
    return client


def photo_jpeg(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 90), (seed % 256, 80, 30)).save(out, "JPEG")
    return out.getvalue()


# Members, a category, a region with its correspondent and one live practice to ask about.
SEED = """
import json
from django.contrib.auth.models import User
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from practices.models import PracticeCategory, Region
from practices.services.members import member_get
from practices.services.site import site_structure_ensure
from tests.factories import PracticePageFactory, region_claiming

count = {count}
libraries = site_structure_ensure()
if not PracticeCategory.objects.filter(slug="water-harvesting").exists():  # the demo has it
    PracticeCategory.objects.create(slug="water-harvesting", name="Water harvesting")
correspondent = User.objects.create_user("aminata@example.org", "aminata@example.org", "x")
region = region_claiming(slug="sahel-load", name="Sahel", countries=["NE"])
region.correspondents.add(correspondent)
owner = User.objects.create_user("owner@example.org", "owner@example.org", "x", first_name="Awa")
practice = PracticePageFactory(parent=libraries["en"], country="NE", owner=owner)
sessions = []
for number in range(count):
    email = f"farmer{{number}}@example.org"
    # No password (none is typed; hashing one costs a production hasher's time).
    user = User.objects.create_user(email, email, None, first_name=f"Farmer {{number}}")
    member_get(user=user)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    sessions.append(session.session_key)
print(json.dumps({{"practice": practice.pk, "sessions": sessions}}))
"""


def members_seed(server: AppServer, *, count: int) -> tuple[int, list[str]]:
    """`count` logged-in members (their session keys) and the id of a live practice."""
    seeded = json.loads(server.django(SEED.format(count=count)).strip().splitlines()[-1])
    return seeded["practice"], seeded["sessions"]


def share(
    server: AppServer, session_key: str, number: int, title: str = "Half-moons on crusted soil"
) -> requests.Response:
    """A farmer shares a practice, with a photo, through the real form."""
    data = {
        "csrfmiddlewaretoken": CSRF_TOKEN,
        "language": "en",
        "title": f"{title} {number}",
        "summary": "We dug half-moons to catch the runoff of the first rains.",
        "steps": "Mark the contour lines\nDig half-moons 2 m wide",
        "categories": "water-harvesting",
        "latitude": "13.51",
        "longitude": "2.11",
        "outcome": "worked",
        "what_worked": "Sorghum grew where nothing did.",
        "homepage": "",
    }
    files = {"photos": (f"field{number}.jpg", photo_jpeg(number), "image/jpeg")}
    return browser(server, session_key).post(
        server.url("/en/accounts/share-a-practice/"),
        data=data, files=files, allow_redirects=False, timeout=120,
    )  # fmt: skip


def sign_up(server: AppServer, number: int) -> requests.Response:
    data = {
        "csrfmiddlewaretoken": CSRF_TOKEN,
        "name": f"Aïcha Traoré {number}",
        "email": f"aicha{number}@example.org",
        "password": "sorgho-et-mil-2026",
        "language": "fr",
        "homepage": "",
    }
    return browser(server).post(
        server.url("/en/accounts/signup/"), data=data, allow_redirects=False, timeout=120
    )


def ask(server: AppServer, session_key: str, practice_id: int, number: int) -> requests.Response:
    data = {
        "csrfmiddlewaretoken": CSRF_TOKEN,
        "text": f"How deep are the pits in a sandy soil? ({number})",
        "homepage": "",
    }
    return browser(server, session_key).post(
        server.url(f"/en/accounts/ask/{practice_id}/"),
        data=data, allow_redirects=False, timeout=120,
    )  # fmt: skip


STORED = """
import json
from django.conf import settings
from django.contrib.auth.models import User
from wagtail.images import get_image_model
from practices.models import PracticePage, Question
Image = get_image_model()
referenced = set()
for image in Image.objects.all():
    referenced.add(image.file.name)
    referenced.update(r.file.name for r in image.renditions.all())
on_disk = {{
    str(path.relative_to(settings.MEDIA_ROOT))
    for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()
}}
shared = PracticePage.objects.filter(title__startswith="{title}")
print(json.dumps({{
    "shared": shared.count(),
    "photos": shared.filter(photo__isnull=False).count(),
    "signed_up": User.objects.filter(email__startswith="aicha").count(),
    "questions": Question.objects.filter(text__startswith="How deep are the pits").count(),
    "orphans": sorted(on_disk - referenced),
}}))
"""


def stored(server: AppServer, title: str = "Half-moons on crusted soil") -> dict:
    """What the database and the media directory hold after the writes."""
    return json.loads(server.django(STORED.format(title=title)).strip().splitlines()[-1])


def failures(outcomes: list[Outcome], expected: int) -> list[str]:
    """Every answer that is not the expected status, with the page's heading or error."""
    problems = []
    for outcome in outcomes:
        if outcome.status != expected:
            heading = re.search(r"<h1[^>]*>(.*?)</h1>", outcome.body, re.S)
            problems.append(f"{outcome.status}: {heading.group(1) if heading else outcome.body}")
    return problems
