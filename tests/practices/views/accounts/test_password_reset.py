"""Password reset (PasswordResetView and the views after it): the email in the member's
language, nothing revealed, the lockout lifted, the posts limited."""

import re

from django.core import mail
from django.test import Client

from tests.practices.views.accounts.conftest import _fail, text


def _reset_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def test_password_reset_email_is_in_the_members_language_and_works(member):
    client = Client()
    response = client.post("/en/accounts/password-reset/", {"email": "KOFI@example.org"})
    assert response.status_code == 302
    assert "Check your email" in text(client.get(response["Location"]))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kofi@example.org"]
    assert "contraseña" in message.subject  # Spanish, the member's language
    assert "Hola Kofi Mensah" in message.body
    link = _reset_link(message)
    assert link.startswith("/es/accounts/password-reset/")

    form_page = client.get(link, follow=True)
    assert "Elija una contraseña nueva" in text(form_page)
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "terraces-and-bunds-7", "new_password2": "terraces-and-bunds-7"},
    )
    assert response.status_code == 302
    assert (
        Client()
        .post(
            "/en/accounts/login/",
            {"username": "kofi@example.org", "password": "terraces-and-bunds-7"},
        )
        .status_code
        == 302
    )


def test_password_reset_for_an_unknown_email_sends_nothing_and_reveals_nothing(libraries):
    response = Client().post("/en/accounts/password-reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password-reset/sent/"
    assert mail.outbox == []


def test_a_password_reset_lifts_the_lockout(member, axes_on):
    client = Client()
    assert _fail(client, "/en/accounts/login/", times=5).status_code == 429
    client.post("/en/accounts/password-reset/", {"email": "kofi@example.org"})
    form_page = client.get(_reset_link(mail.outbox[0]), follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "terraces-and-bunds-7", "new_password2": "terraces-and-bunds-7"},
    )
    response = client.post(
        "/en/accounts/login/",
        {"username": "kofi@example.org", "password": "terraces-and-bunds-7"},
    )
    assert response.status_code == 302


def test_password_reset_posts_are_limited_per_email(member):
    for number in range(5):
        client = Client(REMOTE_ADDR=f"203.0.113.{number}")
        assert (
            client.post("/en/accounts/password-reset/", {"email": "kofi@example.org"}).status_code
            == 302
        )
    response = Client(REMOTE_ADDR="203.0.113.99").post(
        "/en/accounts/password-reset/", {"email": "kofi@example.org"}
    )
    assert response.status_code == 429
    assert 'value="kofi@example.org"' in text(response)
    assert len(mail.outbox) == 5
