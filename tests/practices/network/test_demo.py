"""The network's demo content as a test: load a small corpus, then every page the app adds
answers in every language with the demo members and partners on it."""

from django.test import Client

import pytest

from practices.demo.corpus import demo_load
from practices.network.models import Organisation
from practices.network.vocabulary import College

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_the_demo_fills_the_directory_and_the_map_in_three_languages():
    demo_load(practices=12, translated=3)
    organisations = Organisation.objects.all()
    assert organisations.count() >= 25
    assert set(organisations.values_list("college", flat=True)) == set(College.values)
    assert not organisations.filter(latitude=None).exists()  # every town was found
    assert not organisations.filter(description_fr="").exists()
    assert not organisations.filter(description_es="").exists()
    assert organisations.filter(regions__isnull=False).distinct().count() == organisations.count()
    client = Client()
    for language in ("en", "fr", "es"):
        directory = client.get(f"/{language}/partners/")
        assert directory.status_code == 200 and "CIRAD" in directory.content.decode()
        world = client.get(f"/{language}/map/")
        assert world.status_code == 200 and "Alfter" in world.content.decode()
