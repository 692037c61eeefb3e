"""The real application server (gunicorn) on a file SQLite database, for the concurrency tests
and the load benchmark: what `make run` users meet, not Django's test client.

The server runs with `tests.appserver_settings` (the test settings, DEBUG off, with the
database, media and var directories given here, shared by every worker). Members log in by a
session created in the database; forms post a CSRF token matching the cookie they send.
"""

import io
import json
import os
import re
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


def free_port(ports: range) -> int:
    """The first port of the range nobody listens on."""
    for port in ports:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {ports}")


def database_copy(connection, path: Path) -> None:
    """Copy a migrated SQLite database (the test session's, in memory) to a file: far quicker
    than migrating a new one."""
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
    target.close()


@dataclass
class AppServer:
    """gunicorn serving knowledge.wsgi on 127.0.0.1:port. Use as a context manager."""

    directory: Path  # holds db.sqlite3, media/, var/ and the server's log
    port: int
    workers: int = 2
    threads: int = 4
    environment: dict = field(default_factory=dict)
    process: subprocess.Popen | None = None

    @property
    def database(self) -> Path:
        return self.directory / "db.sqlite3"

    @property
    def media(self) -> Path:
        return self.directory / "media"

    @property
    def log(self) -> Path:
        return self.directory / "server.log"

    def env(self) -> dict:
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.appserver_settings",
            "PYTHONPATH": str(BASE_DIR),
            "SQLITE_PATH": str(self.database),
            "MEDIA_ROOT": str(self.media),
            "TERROIR_VAR_DIR": str(self.directory / "var"),
            **self.environment,
        }

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def django(self, script: str, timeout: float = 300) -> str:
        """Run a Python script against the server's database and settings; its output."""
        program = "import django\ndjango.setup()\n" + script
        done = subprocess.run(  # noqa: S603 - our own program
            [sys.executable, "-c", program],
            capture_output=True, text=True, env=self.env(), cwd=BASE_DIR, timeout=timeout,
        )  # fmt: skip
        if done.returncode:
            raise RuntimeError(done.stderr[-3000:])
        return done.stdout

    def __enter__(self) -> "AppServer":
        self.media.mkdir(parents=True, exist_ok=True)
        command = [
            str(GUNICORN), "knowledge.wsgi",
            "--workers", str(self.workers), "--threads", str(self.threads),
            "--bind", f"127.0.0.1:{self.port}", "--timeout", "120",
            # gunicorn 27's control socket is one path per user (~/.gunicorn/gunicorn.ctl):
            # servers started side by side would take it from each other.
            "--no-control-socket",
        ]  # fmt: skip
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - gunicorn, fixed arguments
                command, env=self.env(), cwd=BASE_DIR, stdout=log, stderr=log
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log.read_text()[-3000:]}")
            try:
                requests.get(self.url("/en/"), timeout=30)
                return self
            except requests.ConnectionError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("gunicorn did not answer within 60 s")

    def __exit__(self, *exc) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # graceful: workers finish their requests
            try:
                self.process.wait(timeout=30)
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
from practices.services.accounts import member_get
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
    user = User.objects.create_user(email, email, "x", first_name=f"Farmer {{number}}")
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
