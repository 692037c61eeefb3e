"""The demo shows impact: most of its practices have a soil-carbon estimate and each carbon page
answers in every language; country actions in three languages, reports, and the dashboard
opening in every language with them."""

from collections import Counter

from django.test import Client

import pytest

from practices.demo.corpus import demo_load
from practices.impact.carbon import Estimate, practice_estimate
from practices.impact.models import CountryAction
from practices.models import ExperienceReport
from practices.selectors.visibility import practices_live

pytestmark = pytest.mark.slow


def test_demo_practices_show_their_soil_carbon(db, client):
    demo_load(practices=60, translated=6)
    practices = list(practices_live().filter(locale__language_code="en"))
    results = {page.pk: practice_estimate(page) for page in practices}
    estimable = [pk for pk, result in results.items() if isinstance(result, Estimate)]
    assert len(estimable) >= len(practices) / 2
    zones = Counter(results[pk].climate_zone[:5] for pk in estimable)
    assert {"tropi", "warm_"} <= set(zones)  # more than one climate

    page = next(p for p in practices if p.pk in estimable)
    assert "Soil carbon: about" in client.get(page.url).content.decode()
    for language in ("en", "fr", "es"):
        assert client.get(f"/{language}/carbon/method/").status_code == 200
        response = client.get(f"/{language}/my-soil-carbon/", {"latitude": "13.5",
                              "longitude": "2.1", "soil_group": "AR"})  # fmt: skip
        assert response.status_code == 200
        assert "t C/ha" in response.content.decode()


@pytest.mark.django_db
def test_demo_fills_the_dashboard_in_three_languages(libraries):
    demo_load(practices=40, translated=4)
    keys = set(CountryAction.objects.values_list("translation_key", flat=True))
    assert 6 <= len(keys) <= 10
    assert CountryAction.objects.count() == 3 * len(keys)
    assert ExperienceReport.objects.filter(live=True).exists()
    client = Client()
    for language, title in (("en", "Agroecological"), ("fr", "agroécologique"),
                            ("es", "agroecológica")):  # fmt: skip
        response = client.get(f"/{language}/dashboard/")
        assert response.status_code == 200
        assert title in response.content.decode()
    data = client.get("/api/v1/dashboard").json()
    assert len(data["country_actions"]) == len(keys)
    assert data["totals"]["practices_estimated"] > 0
    for path in ("/en/dashboard/export.xlsx", "/es/dashboard/export.csv"):
        assert client.get(path).status_code == 200
