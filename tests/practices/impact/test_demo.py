"""The impact demo: country actions in three languages, reports, and the dashboard opening in
every language with them."""

from django.test import Client

import pytest

from practices.demo.corpus import demo_load
from practices.impact.models import CountryAction
from practices.models import ExperienceReport

pytestmark = pytest.mark.slow


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
