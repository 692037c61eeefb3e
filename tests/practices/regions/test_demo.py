"""The regions demo as a test: loaded with a small core corpus, every page it adds opens in
English, French and Spanish."""

from django.test import Client

import pytest

from practices.demo.corpus import demo_load
from practices.models import Region
from practices.regions.models import (
    EventIndexPage,
    EventPage,
    ExpressionOfInterest,
    TwinRegionIndexPage,
    TwinRegionPage,
)

pytestmark = pytest.mark.slow


def test_every_regions_page_of_the_demo_opens_in_three_languages(db):
    demo_load(practices=12, translated=2)
    client = Client()
    for model in (EventIndexPage, EventPage, TwinRegionIndexPage, TwinRegionPage):
        pages = model.objects.live()
        assert {page.locale.language_code for page in pages} == {"en", "fr", "es"}, model
        for page in pages:
            assert client.get(page.url).status_code == 200, page.url
    assert EventPage.objects.filter(locale__language_code="en").count() == 3
    assert ExpressionOfInterest.objects.count() == 2
    for language in ("en", "fr", "es"):
        assert client.get(f"/{language}/regions/").status_code == 200
        for slug in Region.objects.values_list("slug", flat=True).distinct():
            response = client.get(f"/{language}/regions/{slug}/")
            assert response.status_code == 200, (language, slug)
        assert client.get(f"/{language}/events.ics").status_code == 200
        assert client.get(f"/{language}/twin-regions/interest/").status_code == 200

    twin = TwinRegionPage.objects.get(locale__language_code="fr")
    html = client.get(twin.url).content.decode()
    assert "Copargo" in html and "t CO2e" in html
    europe = client.get("/es/regions/europe/").content.decode()
    assert "Helsinki" in europe and "Mikko Virtanen" in europe
