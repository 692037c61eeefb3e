"""A region's page shows the dashboard's figures for the region: the same numbers as
`GET /api/v1/dashboard?region=<code>`, drafts and other regions left out."""

from django.contrib.auth.models import User
from django.test import Client

from wagtail.models import Locale

import pytest

from practices.models import ExperienceReport, PracticeCategory
from tests.factories import PracticePageFactory, region_claiming

NIGER = {"country": "NE", "latitude": 13.51, "longitude": 2.11, "soil_group": "LX",
         "texture": "coarse"}  # fmt: skip


def category(slug: str) -> PracticeCategory:
    return PracticeCategory.objects.get(slug=slug, locale__language_code="en")


@pytest.fixture
def sahel_corpus(libraries):
    sahel = region_claiming(slug="sahel", name="Sahel", countries=["NE"])
    library = libraries["en"]
    made = {
        "compost": PracticePageFactory(
            parent=library, outcome="worked", farmers=12, area_ha=3.0, region=sahel,
            categories=[category("organic-amendments")], **NIGER,
        ),
        "cover": PracticePageFactory(
            parent=library, outcome="mixed", farmers=5, area_ha=2.5, region=sahel,
            categories=[category("cover-crops")], **NIGER,
        ),
        "silent": PracticePageFactory(  # says neither farmers nor area
            parent=library, outcome="did_not_work", region=sahel, **NIGER,
        ),
        "draft": PracticePageFactory(
            parent=library, farmers=1000, area_ha=500.0, region=sahel,
            categories=[category("organic-amendments")], **NIGER,
        ),
        "kenya": PracticePageFactory(
            parent=library, farmers=40, area_ha=10.0, country="KE", latitude=-0.1,
            longitude=34.75, categories=[category("cover-crops")],
        ),
    }  # fmt: skip
    made["draft"].unpublish()
    french = made["compost"].copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Compost pour le mil"
    french.save_revision().publish()  # the same practice: counted once
    farmer = User.objects.create_user("farmer")
    for practice, live in (("compost", True), ("cover", True), ("compost", False)):
        ExperienceReport.objects.create(
            practice=made[practice], author=farmer, outcome="worked", what_happened="Rain.",
            live=live,
        )  # fmt: skip
    return made


def without_label(record: dict) -> dict:
    return {key: value for key, value in record.items() if key != "label"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_region_page_figures_are_the_dashboards_for_the_region(sahel_corpus, language):
    client = Client()
    page = client.get(f"/{language}/regions/sahel/")
    api = client.get("/api/v1/dashboard", {"region": "sahel"}).json()["totals"]

    shown = page.context["figures"].totals
    assert without_label(shown) == without_label(api)
    # Two live practices with their farmers and two published reports; no draft, no Kenya.
    assert shown["practices"] == 3 and shown["farmers"] == 12 + 5 + 2
    assert shown["hectares"] == pytest.approx(5.5)
    assert 0 < shown["t_c_yr_low"] < shown["t_c_yr"] < shown["t_c_yr_high"]
    html = page.content.decode()
    assert f"<strong>{api['farmers']}</strong>" in html
    assert f"<strong>{api['practices']}</strong>" in html
    assert f"<strong>{round(api['t_c_yr'])}</strong>" in html
    assert f'href="/{language}/dashboard/?region=sahel"' in html


def test_region_page_figures_follow_a_publication(sahel_corpus):
    client = Client()
    assert client.get("/en/regions/sahel/").context["figures"].totals["practices"] == 3
    sahel_corpus["draft"].save_revision().publish()
    after = client.get("/en/regions/sahel/").context["figures"].totals
    assert after["practices"] == 4 and after["farmers"] == 12 + 5 + 2 + 1000
