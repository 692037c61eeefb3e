"""The call for twin regions' form: stored and e-mailed; refused posts keep what was typed."""

from django.core import mail
from django.test import Client, override_settings

import pytest

from practices.regions.models import ExpressionOfInterest

URL = "/fr/twin-regions/interest/"


def post(**changes) -> dict:
    return {
        "organisation": "Commune de Copargo",
        "region_name": "Copargo (Donga)",
        "country": "BJ",
        "role": "sink",
        "contact_name": "Awa Bio",
        "email": "awa@example.org",
        "message": "Nos producteurs veulent un jumelage.",
        **changes,
    }


@override_settings(TERROIR_SECRETARIAT_EMAIL="secretariat@example.org")
def test_an_expression_of_interest_is_stored_and_sent_to_the_secretariat(db):
    response = Client().post(URL, post())

    assert response.status_code == 302
    interest = ExpressionOfInterest.objects.get()
    assert (interest.organisation, interest.role, interest.language) == (
        "Commune de Copargo",
        "sink",
        "fr",
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["secretariat@example.org"]
    assert "Commune de Copargo" in mail.outbox[0].subject
    assert "awa@example.org" in mail.outbox[0].body


@override_settings(TERROIR_SECRETARIAT_EMAIL="", ADMINS=[("Sec", "admins@example.org")])
def test_without_a_secretariat_address_the_admins_get_it(db):
    Client().post(URL, post())
    assert mail.outbox[0].to == ["admins@example.org"]


def test_a_refused_form_keeps_what_was_typed_and_says_why_in_french(db):
    response = Client().post(URL, post(email="not an address", message="Un long message"))

    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Commune de Copargo"' in html and "Un long message" in html
    assert 'value="not an address"' in html
    assert "adresse" in html.lower()  # Django's "Saisissez une adresse e-mail valide."
    assert not ExpressionOfInterest.objects.exists() and not mail.outbox


def test_a_filled_honeypot_is_refused_without_storing(db):
    response = Client().post(URL, post(homepage="http://spam.example"))

    assert response.status_code == 400
    assert "Commune de Copargo" in response.content.decode()
    assert not ExpressionOfInterest.objects.exists() and not mail.outbox


@pytest.mark.parametrize("language", ["en", "es"])
def test_too_many_posts_are_refused_with_what_was_typed(db, language):
    client = Client()
    for n in range(5):
        assert client.post(f"/{language}/twin-regions/interest/", post()).status_code == 302, n

    response = client.post(f"/{language}/twin-regions/interest/", post(message="Sexto intento"))

    assert response.status_code == 429
    assert "Sexto intento" in response.content.decode()
    assert ExpressionOfInterest.objects.count() == 5
