"""The site as `make run` serves it: the real gunicorn with knowledge/gunicorn.conf.py and the
environment the Makefile's `run` target sets (read from the Makefile itself), over real HTTP,
against a throw-away SQLite database (migrated, a practice and two accounts; no demo corpus).

What a visitor would notice: the site's own 404 page (DEBUG off), static files with hashed
names, served compressed and cached for a year, compressed pages, and e-mails linking to the
port the site actually runs on.
"""

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).parent / "gunicorn"
PORTS = range(8190, 8200)  # this suite's own ports
PASSWORD = secrets.token_urlsafe(12)

pytestmark = pytest.mark.slow

SETUP = """
import json
from django.contrib.auth.models import Group
from practices.services.accounts import member_create
from practices.services.site import MODERATORS, site_structure_ensure
from tests.factories import PracticePageFactory

libraries = site_structure_ensure()
farmer = member_create(name="Awa", email="awa@example.org", password=PASSWORD, language="en")
moderator = member_create(name="Sam", email="sam@example.org", password=PASSWORD, language="en")
moderator.groups.add(Group.objects.get_or_create(name=MODERATORS)[0])
page = PracticePageFactory(parent=libraries["en"], title="Zai pits in Tillaberi", country="NE")
print(json.dumps({"id": page.pk, "url": page.url}))
"""


def make_run_environment() -> dict[str, str]:
    """The variables the Makefile's `run` target exports (`run: export NAME := value`)."""
    makefile = (ROOT / "Makefile").read_text()
    found = dict(re.findall(r"^run: export (\w+) := (.*)$", makefile, flags=re.MULTILINE))
    assert found.get("DJANGO_SETTINGS_MODULE") == "knowledge.settings.production", found
    return found


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    pytest.skip("no free port in 8190-8199")


def manage(env, *args) -> str:
    run = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("appserver")
    port = free_port()
    (tmp / "secret-key").write_text(secrets.token_urlsafe(50))
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DATABASE_URL", "WAGTAILADMIN_BASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(make_run_environment())
    env.update(
        PORT=str(port),  # as `make run PORT=...` exports it
        SECRET_KEY_FILE=str(tmp / "secret-key"),
        SQLITE_PATH=str(tmp / "db.sqlite3"),
        MEDIA_ROOT=str(tmp / "media"),
        STATIC_ROOT=str(tmp / "static"),
        TERROIR_VAR_DIR=str(tmp / "var"),
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(tmp / "mail"),
    )
    env.pop("SECRET_KEY", None)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    page = json.loads(
        manage(env, "shell", "--no-imports", "-c", f"PASSWORD = {PASSWORD!r}\n{SETUP}")
        .strip()
        .splitlines()[-1]
    )
    log = (tmp / "gunicorn.log").open("w")
    server = subprocess.Popen(  # noqa: S603 - the shipped server and configuration
        [str(GUNICORN), "-c", "knowledge/gunicorn.conf.py", "knowledge.wsgi"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:  # the first request of each worker loads the whole site: give it time
                requests.get(f"{base}/en/", timeout=60)
                break
            except (requests.ConnectionError, requests.Timeout):
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("gunicorn did not start:\n" + (tmp / "gunicorn.log").read_text())
                time.sleep(0.5)
        yield {"base": base, "port": port, "page": page, "mail": tmp / "mail", "tmp": tmp}
    finally:
        server.send_signal(signal.SIGTERM)  # graceful shutdown
        try:
            server.wait(timeout=40)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def test_a_missing_page_is_the_sites_own_404(site):
    response = requests.get(f"{site['base']}/en/no-such-page/", timeout=10)

    assert response.status_code == 404
    assert "<title>Page not found · Terroir</title>" in response.text
    assert "Page not found" in response.text and 'class="site-header"' in response.text
    # DEBUG is off: not Django's technical page listing the URL patterns.
    assert "URLconf" not in response.text and "DEBUG = True" not in response.text
    french = requests.get(f"{site['base']}/fr/no-such-page/", timeout=10)
    assert french.status_code == 404 and "Page introuvable" in french.text


def test_static_files_are_hashed_compressed_and_cached_for_a_year(site):
    home = requests.get(f"{site['base']}/en/", timeout=10)
    stylesheet = re.search(r'href="(/static/css/terroir\.[0-9a-f]{12}\.css)"', home.text)
    assert stylesheet, "the page links the stylesheet by its hashed name"
    url = site["base"] + stylesheet.group(1)

    for encoding in ("br", "gzip"):
        response = requests.get(url, headers={"Accept-Encoding": encoding}, timeout=10)
        assert response.status_code == 200
        assert response.headers["Content-Encoding"] == encoding
        assert response.headers["Content-Type"].startswith("text/css")
        assert "immutable" in response.headers["Cache-Control"]
        assert "max-age=315360000" in response.headers["Cache-Control"]
        assert ".site-header" in response.text  # decoded by requests

    # Wagtail's admin works from the hashed files too.
    login = requests.get(f"{site['base']}/admin/login/", timeout=10)
    assert login.status_code == 200
    admin_css = re.search(r'href="(/static/wagtailadmin/css/core\.[0-9a-f]{12}\.css)', login.text)
    assert admin_css, "the admin links its stylesheet by its hashed name"
    assert requests.get(site["base"] + admin_css.group(1), timeout=10).status_code == 200


def test_pages_are_compressed_when_the_client_accepts_it(site):
    url = site["base"] + site["page"]["url"]
    plain = requests.get(url, headers={"Accept-Encoding": "identity"}, timeout=10)
    compressed = requests.get(url, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=10)

    assert plain.status_code == compressed.status_code == 200
    assert "Content-Encoding" not in plain.headers
    assert compressed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed.headers["Vary"]
    on_the_wire = len(compressed.raw.read(decode_content=False))
    assert on_the_wire < len(plain.content) / 2, (on_the_wire, len(plain.content))


def test_emails_link_to_the_port_the_site_runs_on(site):
    session = requests.Session()
    login_url = f"{site['base']}/en/accounts/login/"
    session.get(login_url, timeout=10)
    logged_in = session.post(
        login_url,
        data={
            "username": "awa@example.org",
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": login_url},
        timeout=10,
    )
    assert logged_in.status_code == 200 and "sessionid" in session.cookies, logged_in.text[:500]

    asked = session.post(
        f"{site['base']}/en/accounts/ask/{site['page']['id']}/",
        data={
            "text": "How deep did you dig the pits?",
            "homepage": "",
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        timeout=10,
    )
    assert asked.status_code == 200 and "Your question is sent" in asked.text

    mail = "\n".join(p.read_text() for p in sorted(site["mail"].glob("*.log")))
    assert "sam@example.org" in mail  # the moderator was told
    assert f"http://127.0.0.1:{site['port']}/en/accounts/questions/" in mail
    assert "127.0.0.1:8000" not in mail
