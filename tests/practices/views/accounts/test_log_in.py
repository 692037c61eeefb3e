"""Logging in and out (LoginView, LogoutView), and the lockout after failed log-ins."""

from django.test import Client

import pytest

from tests.practices.views.accounts.conftest import PASSWORD, User, _fail, text

# Log in and out ---------------------------------------------------------------------------


def test_log_in_with_the_email_in_any_case_opens_my_account_in_my_language(member):
    client = Client()
    response = client.post(
        "/en/accounts/login/", {"username": " Kofi@Example.org ", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/es/accounts/"
    assert response.cookies["django_language"].value == "es"
    assert "Mi cuenta" in text(client.get("/es/accounts/"))


def test_a_wrong_password_says_so_and_keeps_the_email(member):
    response = Client().post(
        "/en/accounts/login/", {"username": "kofi@example.org", "password": "wrong"}
    )
    assert response.status_code == 200
    page = text(response)
    assert "This email and password do not match an account" in page
    assert 'value="kofi@example.org"' in page


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_log_in_never_redirects_off_the_site(member, target):
    response = Client().post(
        "/en/accounts/login/",
        {"username": "kofi@example.org", "password": PASSWORD, "next": target},
    )
    assert response["Location"] == "/es/accounts/"


def test_log_in_returns_to_the_page_it_was_asked_from(member):
    response = Client().post(
        "/en/accounts/login/?next=/en/search/%3Fq%3Dzai",
        {"username": "kofi@example.org", "password": PASSWORD, "next": "/en/search/?q=zai"},
    )
    assert response["Location"] == "/en/search/?q=zai"


def test_log_out_needs_a_post(member_client):
    response = member_client.get("/en/accounts/logout/")
    assert response.status_code == 200
    assert '<form method="post"' in text(response)
    assert member_client.get("/en/accounts/").status_code == 200  # still logged in
    response = member_client.post("/en/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/en/"
    assert member_client.get("/en/accounts/").status_code == 302  # now logged out


# Lockout ----------------------------------------------------------------------------------


def test_five_failures_lock_the_account_out_for_this_connection(member, axes_on):
    client = Client(REMOTE_ADDR="203.0.113.7")
    assert _fail(client, "/fr/accounts/login/", times=4).status_code == 200
    response = _fail(client, "/fr/accounts/login/")
    assert response.status_code == 429
    page = text(response)
    assert "échecs de connexion" in page
    assert "une heure" in page
    # Even the right password is refused now, from this connection…
    response = client.post(
        "/fr/accounts/login/", {"username": "kofi@example.org", "password": PASSWORD}
    )
    assert response.status_code == 429
    # …but not from another one.
    other = Client(REMOTE_ADDR="198.51.100.9")
    response = other.post(
        "/en/accounts/login/", {"username": "kofi@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302


@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_logins_are_locked_out_too(libraries, axes_on, url):
    User.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    client = Client()
    assert _fail(client, url, username="editor", times=4).status_code == 200
    response = _fail(client, url, username="editor")
    assert response.status_code == 429
    assert "Too many failed log-ins" in text(response)
    response = client.post(url, {"username": "editor", "password": PASSWORD})
    assert response.status_code == 429
