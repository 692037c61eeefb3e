"""The security rules of the account pages: CSRF on every form, markup typed in a name shown as
text."""

from django.test import Client
from django.utils.html import escape

import pytest

from practices.models import Member
from tests.practices.views.accounts.conftest import PASSWORD, User, signup_data, text

PAYLOAD = '<script>alert("x")</script>'


def _csrf_client(url) -> tuple[Client, str]:
    client = Client(enforce_csrf_checks=True)
    client.get(url)
    return client, client.cookies["csrftoken"].value


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/en/accounts/signup/", signup_data()),
        ("/en/accounts/login/", {"username": "kofi@example.org", "password": PASSWORD}),
        ("/en/accounts/password-reset/", {"email": "kofi@example.org"}),
    ],
)
def test_public_forms_refuse_a_post_without_csrf_token(member, url, data):
    client, token = _csrf_client(url)
    assert client.post(url, data).status_code == 403
    assert client.post(url, {**data, "csrfmiddlewaretoken": token}).status_code == 302


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/en/accounts/", {"name": "Changed", "language": "en"}),
        ("/en/accounts/farm/", {"latitude": "13.51", "longitude": "2.11"}),
        ("/en/accounts/logout/", {}),
    ],
)
def test_member_forms_refuse_a_post_without_csrf_token(member, url, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    client.get(url)
    token = client.cookies["csrftoken"].value
    assert client.post(url, data).status_code == 403
    member.refresh_from_db()
    assert member.first_name == "Kofi Mensah"
    assert client.post(url, {**data, "csrfmiddlewaretoken": token}).status_code == 302


@pytest.mark.parametrize("payload", [PAYLOAD, '"><img src=x onerror=alert(1)>'])
def test_markup_typed_in_name_and_farm_name_is_shown_as_text(libraries, payload):
    client = Client()
    client.post("/en/accounts/signup/", signup_data(name=f"Name {payload}", language="en"))
    user = User.objects.get(email="aicha@example.org")
    Member.objects.filter(user=user).update(
        farm_name=f"Farm {payload}", latitude=13.51, longitude=2.11
    )
    for url in ("/en/accounts/", "/en/accounts/farm/"):
        page = text(client.get(url))
        assert "<script>alert" not in page and "<img src=x" not in page, url
    page = text(client.get("/en/accounts/"))
    assert f'value="Name {escape(payload)}"' in page
    assert f"My farm: Farm {escape(payload)}" in page

    admin = Client()
    admin.force_login(User.objects.create_superuser("admin", "admin@example.org", PASSWORD))
    page = text(admin.get("/admin/users/"))
    assert f"Name {escape(payload)}" in page
    assert "<script>alert" not in page and "<img src=x" not in page
