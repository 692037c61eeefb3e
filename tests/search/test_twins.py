"""Suggestions on a twin-region page: practices from farms like the sink's, from outside it."""

from django.test import Client

from practices.models import PracticeCategory
from practices.regions.models import TwinRegionPage
from practices.regions.services import regions_structure_ensure
from search.twins import twin_suggestions
from tests.factories import PracticePageFactory


def test_the_twin_page_suggests_practices_like_the_sinks_from_elsewhere(libraries):
    library = libraries["en"]
    category = PracticeCategory.objects.get(slug="agroforestry", locale=library.locale)
    common = {"parent": library, "categories": [category], "soil_group": "LX"}
    PracticePageFactory(title="Inside Copargo", latitude=9.86, longitude=1.52, **common)
    PracticePageFactory(title="Parakou parkland", latitude=9.35, longitude=2.62, **common)
    PracticePageFactory(title="Tundra trial", latitude=68.9, longitude=33.1, **common)
    page = TwinRegionPage(
        title="Copargo – Alfter",
        slug="copargo-alfter",
        sink_name="Copargo",
        sink_country="BJ",
        sink_latitude=9.837,
        sink_longitude=1.546,
        sink_radius_km=25,
        source_name="Alfter",
        source_country="DE",
        source_latitude=50.733,
        source_longitude=7.017,
        source_radius_km=10,
    )
    regions_structure_ensure()["twins"]["en"].add_child(instance=page)
    page.save_revision().publish()

    titles = [hit["title"] for hit in twin_suggestions(page=page, language="en")]

    assert titles[0] == "Parakou parkland"
    assert "Inside Copargo" not in titles
    html = Client().get(page.url).content.decode()
    assert "Suggestions" in html and "not checked by anyone" in html
