"""The site's middleware (knowledge/middleware.py).

Security headers (SecurityHeadersMiddleware): a strict Content-Security-Policy on every public
page, one the admin works with on the admin, a Permissions-Policy everywhere; a response with
its own policy keeps it. Chromium applying them is in tests/browser/test_security_headers.py.

The request's Site is kept in the cache (CachedSiteMiddleware): a change to the sites or to the
pages is seen at once."""

import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import Client, RequestFactory

from wagtail.models import Site

import pytest

from knowledge.middleware import SecurityHeadersMiddleware
from tests.factories import PracticePageFactory

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
PUBLIC_CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def permissions(response) -> dict[str, str]:
    return dict(item.split("=", 1) for item in response["Permissions-Policy"].split(", "))


@pytest.fixture
def practice(library):
    return PracticePageFactory(parent=library, title="Zaï pits for sorghum")


@pytest.mark.parametrize(
    "path",
    ["/en/", "/fr/accounts/signup/", "/en/accounts/login/", "/en/no-such-page/",
     "/api/v1/practices/search?q=soil", "/"],
)  # fmt: skip
def test_public_pages_have_the_strict_policy(practice, path):
    response = Client().get(path)
    assert response["Content-Security-Policy"] == PUBLIC_CSP
    assert permissions(response)["camera"] == "()"


def test_a_practice_page_allows_no_script_and_no_inline_style(practice):
    response = Client().get(practice.url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'none'"]
    assert policy["style-src"] == ["'self'"]  # no 'unsafe-inline'
    assert policy["frame-ancestors"] == ["'none'"]
    granted = permissions(response)
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert granted[feature] == "()", feature
    assert granted["fullscreen"] == "(self)"  # videos


@pytest.mark.parametrize(
    "path", ["/en/farms-like-mine/", "/fr/farms-like-mine/?country=BO&town=El+Alto"]
)
def test_a_page_with_a_location_fieldset_runs_this_sites_script_and_may_ask_the_position(
    libraries, path
):
    """ "Use my location" (static/js/locate.js): its page alone allows it; nothing else eases."""
    response = Client().get(path)
    assert '<script src="/static/js/locate.js" defer>' in response.content.decode()
    assert response["Content-Security-Policy"] == PUBLIC_CSP.replace(
        "script-src 'none'", "script-src 'self'"
    )
    granted = permissions(response)
    assert granted["geolocation"] == "(self)"
    assert granted["camera"] == granted["microphone"] == "()"


def test_the_location_pages_of_members_may_ask_the_position(libraries):
    client = Client()
    client.force_login(get_user_model().objects.create_user("farmer", "f@x.org", "x"))
    for path in ("/en/accounts/farm/", "/en/accounts/share-a-practice/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert directives(response)["script-src"] == ["'self'"], path
        assert permissions(response)["geolocation"] == "(self)", path
    login = Client().get("/en/accounts/login/")  # a page without the fieldset
    assert permissions(login)["geolocation"] == "()"


@pytest.mark.parametrize("path", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_log_in_pages_have_the_admin_policy(libraries, path):
    policy = directives(Client().get(path))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]  # scripts of this site only
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]  # the page preview


def test_the_admin_dashboard_has_the_admin_policy(libraries):
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("editor", "e@x.org", "x"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "blob:" in directives(response)["img-src"]  # uploads previewed before sending
    assert permissions(response)["microphone"] == "()"


def test_a_response_with_its_own_policy_keeps_it(libraries, monkeypatch):
    """User media are served with a sandboxing policy of their own."""

    def sandboxed(self, request, *args, **kwargs):
        response = HttpResponse(b"\x89PNG", content_type="image/png")
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response

    monkeypatch.setattr("practices.views.accounts.SignUpView.get", sandboxed)
    response = Client().get("/en/accounts/signup/")
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_uploads_on_another_origin_may_be_shown(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"base_url": "https://media.terroir.example.org/media/"},
        },
    }
    middleware = SecurityHeadersMiddleware(lambda request: HttpResponse())
    policy = directives(middleware(RequestFactory().get("/en/")))
    assert policy["img-src"] == ["'self'", "data:", "https://media.terroir.example.org"]
    assert policy["media-src"] == ["'self'", "https://media.terroir.example.org"]
    assert policy["script-src"] == ["'none'"]


def test_no_template_has_inline_script_style_or_event_handler():
    """The strict policy would block them in the reader's browser. A script comes from a file of
    this site's static files (`src`), on the pages that allow it (below). Two kinds of template
    are never served under the policy, and carry their style inside: the PDF sheet (WeasyPrint
    reads it) and the offline pack's pages (opened from a phone's files, with no site)."""
    outside_the_site = {Path("reach/sheet.html"), Path("reach/pack/base.html")}
    inline = re.compile(
        r"<script(?![^>]*\ssrc=\"{% static 'js/)|<style|\sstyle=|\son[a-z]+=|javascript:",
        re.IGNORECASE,
    )
    offenders = [
        f"{path.relative_to(TEMPLATES)}: {match.group()}"
        for path in TEMPLATES.rglob("*.html")
        if path.relative_to(TEMPLATES) not in outside_the_site
        for match in inline.finditer(path.read_text())
    ]
    assert offenders == []


# The request's Site, cached --------------------------------------------------------------


def test_a_changed_site_is_seen_at_once(libraries):
    client = Client()
    assert client.get("/en/", HTTP_HOST="terroir.example").status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "terroir.example", False
    site.save()
    assert client.get("/en/", HTTP_HOST="elsewhere.example").status_code == 404
    assert client.get("/en/", HTTP_HOST="terroir.example").status_code == 200


def test_a_renamed_library_is_routed_at_once(libraries):
    client = Client()
    assert client.get("/en/practices/").status_code == 200
    library = libraries["en"]
    library.slug = "library"
    library.save_revision().publish()
    assert client.get("/en/practices/").status_code == 404
    assert client.get("/en/library/").status_code == 200
