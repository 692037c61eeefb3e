"""The demo corpus shows soil carbon: most of its practices are estimable, and each carbon page
answers in every language."""

from collections import Counter

import pytest

from practices.demo.corpus import demo_load
from practices.impact.carbon import Estimate, practice_estimate
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
