"""Signing up on the public site (SignUpView): the account, its language, the honeypot, the
redirect after."""

from pathlib import Path

from django.test import Client

from tests.practices.views.accounts.conftest import User, signup_data, text


def test_sign_up_creates_the_account_logs_in_and_opens_my_farm_in_my_language(libraries):
    client = Client()
    response = client.post("/en/accounts/signup/", signup_data())
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/farm/"
    assert response.cookies["django_language"].value == "fr"
    user = User.objects.get(email="aicha@example.org")
    assert user.get_full_name() == "Aïcha Traoré"
    assert user.member.language == "fr"
    page = text(client.get(response["Location"]))
    assert "Bienvenue sur Terroir" in page  # the welcome, in French
    assert "Mon compte" in page  # logged in: the header offers the account


def test_sign_up_page_works_without_javascript_in_three_languages(libraries):
    for code, title in (("en", "Sign up"), ("fr", "Créer un compte"), ("es", "Crear una cuenta")):
        page = text(Client().get(f"/{code}/accounts/signup/"))
        assert f"<h1>{title}</h1>" in page
        assert '<form method="post"' in page and "<script" not in page


def test_an_email_is_used_once_whatever_its_case(member):
    response = Client().post(
        "/en/accounts/signup/", signup_data(email="KOFI@Example.ORG", name="Another Kofi")
    )
    assert response.status_code == 400
    page = text(response)
    assert "An account already uses this email" in page
    assert 'value="Another Kofi"' in page  # nothing typed is lost
    assert User.objects.filter(email__iexact="kofi@example.org").count() == 1


def test_a_weak_password_is_refused_with_django_validators_and_values_kept(libraries):
    response = Client().post("/en/accounts/signup/", signup_data(password="12345678"))
    assert response.status_code == 400
    page = text(response)
    assert "This password is too common." in page
    assert "This password is entirely numeric." in page
    assert 'value="aicha@example.org"' in page
    assert not User.objects.exists()


def test_the_honeypot_is_hidden_and_a_filled_one_is_refused_without_saying_why(libraries):
    page = text(Client().get("/en/accounts/signup/"))
    honeypot = page[page.index('<div class="hp"') : page.index("</div>", page.index('class="hp"'))]
    assert 'aria-hidden="true"' in honeypot and 'tabindex="-1"' in honeypot
    css = (Path(__file__).resolve().parents[4] / "static" / "css" / "terroir.css").read_text()
    assert ".hp { position: absolute; left: -10000px" in css

    response = Client().post("/en/accounts/signup/", signup_data(homepage="http://spam.example"))
    assert response.status_code == 400
    page = text(response)
    assert "We could not create your account" in page
    assert "empty" not in page.split("<main")[1].split('<div class="hp"')[0]  # no reason given
    assert not User.objects.exists()


def test_sign_up_follows_next_only_within_the_site(libraries):
    response = Client().post("/en/accounts/signup/", signup_data(next="https://evil.example/phish"))
    assert response["Location"] == "/fr/accounts/farm/"
    response = Client().post(
        "/en/accounts/signup/",
        signup_data(email="b@example.org", next="/en/farms-like-mine/"),
    )
    assert response["Location"] == "/en/farms-like-mine/"
