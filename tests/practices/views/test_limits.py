"""Rate limits (practices/views/limits.py), through the sign-up, log-in and password-reset
forms: per address, behind a proxy, in their own cache, shared by the public and admin forms."""

from django.core import mail
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

import pytest

from tests.practices.views.accounts.conftest import PASSWORD, User, signup_data, text


def test_a_workshop_of_forty_farmers_behind_one_address_signs_up(libraries):
    """A training session: forty farmers on one mobile-network address (a carrier NAT), half of
    them correcting a mistake first. Every post counts; all of them get their account."""
    for number in range(40):
        client = Client(REMOTE_ADDR="203.0.113.7")
        email = f"farmer{number}@example.org"
        if number % 2:
            response = client.post("/en/accounts/signup/", signup_data(name="", email=email))
            assert response.status_code == 400
        response = client.post("/en/accounts/signup/", signup_data(email=email))
        assert response.status_code == 302, number
    assert User.objects.count() == 40


def test_sign_up_is_limited_to_a_hundred_posts_an_hour_per_address(libraries):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for number in range(100):
        response = client.post(
            "/en/accounts/signup/", signup_data(name="", email=f"{number}@x.org")
        )
        assert response.status_code == 400  # counted, though invalid
    response = client.post("/fr/accounts/signup/", signup_data(email="late@example.org"))
    assert response.status_code == 429  # a bot hammering from one address is stopped
    page = text(response)
    assert "Trop de tentatives" in page  # explained, in the page's language
    assert 'value="Aïcha Traoré"' in page and 'value="late@example.org"' in page
    assert PASSWORD not in page  # a password is never sent back
    assert not User.objects.filter(email="late@example.org").exists()

    other = Client(REMOTE_ADDR="198.51.100.9")  # another connection is not affected
    assert other.post("/en/accounts/signup/", signup_data()).status_code == 302


def test_behind_a_proxy_limits_count_the_visitors_address(libraries, settings):
    settings.TERROIR_PROXY_COUNT = 1  # a load balancer appends the address it saw

    def post(forwarded, email):
        return Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded).post(
            "/en/accounts/signup/", signup_data(name="", email=email)
        )

    for number in range(100):
        # The same visitor, making up a different first address each time.
        assert post(f"192.0.2.{number}, 203.0.113.7", f"{number}@x.org").status_code == 400
    assert post("192.0.2.250, 203.0.113.7", "late@x.org").status_code == 429
    assert post("198.51.100.9", "other@x.org").status_code == 400  # another visitor


def _file_caches(settings, tmp_path, **aliases):
    """Swap the named cache aliases for small files caches, as the embedded default's: full at
    a hundred entries, so culling (a random third of the files) happens within a test."""
    settings.CACHES = {
        **settings.CACHES,
        **{
            alias: {
                "BACKEND": "knowledge.cache.SharedFileCache",
                "LOCATION": str(tmp_path / alias),
                "OPTIONS": {"MAX_ENTRIES": 100},
            }
            for alias in aliases
        },
    }


def _exhaust_sign_up(client):
    for number in range(100):
        client.post("/en/accounts/signup/", signup_data(name="", email=f"{number}@x.org"))
    assert client.post("/en/accounts/signup/", signup_data()).status_code == 429


def test_posting_new_email_addresses_cannot_reset_an_addresss_limits(libraries, settings,
                                                                    tmp_path):  # fmt: skip
    """A bot over its address's budget posts a new email address to the password-reset form
    each time (6,000 against the 5,000 entries of the real cache, here 600 against 100): it
    is refused before any count is made for the address it typed, so the counters' cache
    never fills, nothing is culled, and its sign-up budget stays used up."""
    _file_caches(settings, tmp_path, ratelimit=True)
    client = Client(REMOTE_ADDR="203.0.113.7")
    _exhaust_sign_up(client)
    statuses = {
        client.post("/en/accounts/password-reset/", {"email": f"bot{n}@x.org"}).status_code
        for n in range(600)
    }
    assert statuses == {302, 429}
    assert len(list((tmp_path / "ratelimit").glob("*.djcache"))) < 100
    assert client.post("/en/accounts/signup/", signup_data()).status_code == 429
    assert not User.objects.filter(email="aicha@example.org").exists()


def test_a_full_page_cache_never_culls_a_rate_limit_count(libraries, settings, tmp_path):
    """Navigation and labels fill the default cache and get culled; counts are elsewhere."""
    _file_caches(settings, tmp_path, default=True)
    client = Client(REMOTE_ADDR="203.0.113.7")
    _exhaust_sign_up(client)
    for number in range(600):
        caches["default"].set(f"navigation-{number}", number)
    assert len(list((tmp_path / "default").glob("*.djcache"))) < 200  # it was culled
    assert client.post("/en/accounts/signup/", signup_data()).status_code == 429


def test_a_request_without_a_client_address_says_what_to_configure(libraries):
    """Behind a Unix socket without TERROIR_PROXY_COUNT, REMOTE_ADDR is empty: the error names
    the setting (the server's log shows it), rather than a ValueError inside the library."""
    client = Client(REMOTE_ADDR="")
    with pytest.raises(ImproperlyConfigured, match="TERROIR_PROXY_COUNT"):
        client.post("/en/accounts/signup/", signup_data())
    assert not User.objects.exists()


LOGIN_FORMS = ["/en/accounts/login/", "/admin/login/", "/django-admin/login/"]


def test_the_public_and_admin_log_in_forms_share_one_budget_per_address(libraries):
    """Two hundred log-in posts an hour from one address, whichever form they go to: enough for
    a workshop (forty farmers, each mistyping a password twice), not for a bot trying passwords
    across many accounts (axes locks each account after five). The admin forms used to let
    every attempt through."""
    client = Client(REMOTE_ADDR="203.0.113.7")
    for number in range(200):
        response = client.post(
            LOGIN_FORMS[number % 3], {"username": f"farmer{number}@x.org", "password": "wrong"}
        )
        assert response.status_code == 200, (number, LOGIN_FORMS[number % 3])
    for url in LOGIN_FORMS:
        response = client.post(url, {"username": "farmer@x.org", "password": "wrong"})
        assert response.status_code == 429, url
        assert "Too many attempts" in text(response)
    User.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    other = Client(REMOTE_ADDR="198.51.100.9")  # another connection is not affected
    response = other.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 302


def test_the_admin_password_reset_has_the_public_forms_budget(libraries):
    User.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    for number in range(5):
        client = Client(REMOTE_ADDR=f"203.0.113.{number}")
        response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
        assert response.status_code == 302
    response = Client(REMOTE_ADDR="203.0.113.99").post(
        "/admin/password_reset/", {"email": "editor@example.org"}
    )
    assert response.status_code == 429
    assert len(mail.outbox) == 5  # no mailbox flooding through the admin either


@pytest.mark.parametrize("url", ["/admin/password_reset/", "/admin/login/", "/django-admin/login/"])
def test_the_rate_limited_admin_forms_are_never_cached(libraries, url):
    """Wrapping Wagtail's views for their rate limits keeps the never_cache Wagtail puts on
    every admin URL: a shared cache or the browser's back button never serves a form (and its
    CSRF token) to someone else."""
    response = Client().get(url)
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"no-cache", "no-store", "must-revalidate", "private"} <= directives
