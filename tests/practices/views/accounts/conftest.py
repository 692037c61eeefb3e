"""What the tests of the account pages (practices/views/accounts.py) share: a member, their
logged-in client, the sign-up form's data, django-axes switched on."""

from django.contrib.auth import get_user_model
from django.test import Client

import pytest

from practices.services.members import member_create

User = get_user_model()
PASSWORD = "loam-and-clay-42"


def signup_data(**overrides) -> dict:
    return {
        "name": "Aïcha Traoré",
        "email": "aicha@example.org",
        "password": PASSWORD,
        "language": "fr",
        "homepage": "",
        **overrides,
    }


@pytest.fixture
def member(libraries):
    return member_create(
        name="Kofi Mensah", email="kofi@example.org", password=PASSWORD, language="es"
    )


@pytest.fixture
def member_client(member):
    client = Client()
    client.force_login(member)
    return client


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


def text(response) -> str:
    return response.content.decode()


def _fail(client, url, username="kofi@example.org", times=1):
    response = None
    for _attempt in range(times):
        response = client.post(url, {"username": username, "password": "wrong"})
    return response
