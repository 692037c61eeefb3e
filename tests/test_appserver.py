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
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest
import requests

from tests.appserver import AppServer, derived_grids

PASSWORD = secrets.token_urlsafe(12)

pytestmark = pytest.mark.slow

SETUP = """
import json
from django.contrib.auth.models import Group
from practices.services.members import member_create
from practices.services.site import MODERATORS, site_structure_ensure
from tests.factories import PracticePageFactory

libraries = site_structure_ensure()
farmer = member_create(name="Awa", email="awa@example.org", password=PASSWORD, language="en")
moderator = member_create(name="Sam", email="sam@example.org", password=PASSWORD, language="en")
moderator.groups.add(Group.objects.get_or_create(name=MODERATORS)[0])
page = PracticePageFactory(parent=libraries["en"], title="Zai pits in Tillaberi", country="NE")
print(json.dumps({"id": page.pk, "url": page.url}))
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("appserver")
    server = AppServer(
        tmp,
        production=True,
        environment={
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(tmp / "mail"),
        },
        grids=derived_grids(Path(settings.VAR_DIR) / "cache"),
    )
    server.manage("migrate", "--noinput", "-v0")
    page = json.loads(server.django(f"PASSWORD = {PASSWORD!r}\n{SETUP}").strip().splitlines()[-1])
    with server:
        yield {"base": server.url(""), "port": server.port, "page": page, "mail": tmp / "mail",
               "tmp": tmp, "server": server}  # fmt: skip


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


def test_rate_limit_counters_stay_in_the_servers_own_cache(site):
    """The Makefile's TERROIR_CACHE_DIR (var/cache, relative) would put the counters in the
    repository's cache, shared with a developer's `make run` and the next test run: after about
    ten runs an hour, the deterministic accounts would be refused (429)."""
    server = site["server"]
    login_url = f"{site['base']}/en/accounts/login/"
    session = requests.Session()
    session.get(login_url, timeout=10)
    refused = session.post(
        login_url,
        data={"username": "nobody@example.org", "password": "wrong",
              "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        timeout=10,
    )  # fmt: skip
    assert refused.status_code == 200  # the form again, counted against the address

    assert server.env()["TERROIR_CACHE_DIR"] == str(site["tmp"] / "django-cache")
    counters = list((site["tmp"] / "django-cache").glob("*.djcache"))
    assert counters, "nothing in the server's own cache"


def test_the_server_reads_the_sessions_derived_grids(site):
    """The land mask (116 MB, about 1 GB of memory while built), the Köppen grid (84 MB) and
    the climate and altitude grids are built once per test session, not again in each server's
    var directory."""
    farms = requests.get(f"{site['base']}/en/farms-like-mine/?latitude=13.51&longitude=2.11",
                         timeout=60)  # fmt: skip
    assert farms.status_code == 200  # the farm's conditions derived by the server

    cache = site["server"].var / "cache"
    grids = sorted(p.name for p in cache.iterdir() if p.suffix in (".npy", ".json"))
    assert grids == sorted(p.name for p in site["server"].grids)
    for name in grids:
        assert (cache / name).is_symlink(), f"{name} built again by the server"
        assert (cache / name).resolve().parent == (Path(settings.VAR_DIR) / "cache").resolve()


def test_a_test_session_leaves_no_temporary_directories(tmp_path):
    """Each session's media and var directories (the var one with ~200 MB of grids once a
    derivation ran) are removed when it ends, instead of piling up in the temporary folder."""
    session = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--collect-only",
         "tests/knowledge/test_cache.py"],
        cwd=settings.BASE_DIR, env={**os.environ, "TMPDIR": str(tmp_path)},
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert session.returncode == 0, session.stdout + session.stderr

    assert sorted(p.name for p in tmp_path.glob("terroir-test-*")) == []
