"""The carbon line on practice pages, the method page and "my farm's soil carbon", as a
visitor reads them in French and Spanish."""

import pytest

from tests.factories import PracticeCategoryFactory, PracticePageFactory, member_client

pytestmark = pytest.mark.django_db


def _practice(library, **fields):
    # Warm temperate moist Luvisols (HAC): 64 × 0.69 = 44.16 → no-till × 1.10 = 48.576:
    # +0.22 t C/ha/yr; 4‰ of 44.16 = 0.18.
    page = PracticePageFactory(
        parent=library, categories=[PracticeCategoryFactory(slug="reduced-tillage")],
        latitude=45.0, longitude=5.0, soil_group="LV", texture="medium",
        ipcc_zone="warm_temperate_moist", **fields,
    )  # fmt: skip
    page.tags.add("no-till")  # the tag that makes reduced tillage no-till
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Carbone du sol : environ 0,22 t C/ha/an", "sur 20 ans", "0,18"]),
        ("es", ["Carbono del suelo: unos 0,22 t C/ha/año", "en 20 años", "0,18"]),
    ],
)
def test_the_practice_page_gives_the_estimate_in_the_readers_language(
    client, libraries, language, words
):
    page = _practice(libraries[language], soc_change_t_ha_yr=0.9, evidence="measured")
    html = client.get(page.url).content.decode()
    for word in words:
        assert word in html
    assert "0,9" in html  # the farm's own figure, beside the model's
    assert f"/{language}/carbon/method/" in html


def test_a_practice_without_a_factor_says_why(client, libraries):
    page = PracticePageFactory(parent=libraries["en"], soil_group="LX", ipcc_zone="tropical_dry")
    html = client.get(page.url).content.decode()  # the factory's practice is water harvesting
    assert "Soil carbon: not estimated." in html
    assert "Water harvesting" in html


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_method_page(client, language):
    response = client.get(f"/{language}/carbon/method/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "SOCref" in html and "Cardinael" in html and "HESTIA" in html


SELF = "/fr/my-soil-carbon/"


def test_self_assessment_gives_the_stock_and_the_gains(client, libraries):
    # Bonn (warm temperate moist), Luvisols, full tillage, medium inputs: 44.16 t C/ha;
    # no-till +0.22 (4‰ 0.18), cover crops +0.24, manure +0.97.
    response = client.get(SELF, {"latitude": "50,73", "longitude": "7,1", "soil_group": "LV",
                                 "texture": "medium", "land_use": "cropland",
                                 "tillage": "full", "inputs": "medium"})  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert "44 t C/ha" in html
    for value in ("0,22", "0,24", "0,97"):
        assert value in html
    assert "/fr/farms-like-mine/?latitude=50.73" in html
    assert "category=cover-crops" in html
    assert "carbon.css" in html  # the print stylesheet


def test_self_assessment_keeps_what_was_typed_when_something_is_wrong(client, libraries):
    response = client.get(SELF, {"latitude": "50,73", "longitude": "", "soil_group": "LV",
                                 "tillage": "no_till", "rainfall_mm": "beaucoup"})  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="50,73"' in html
    assert 'value="beaucoup"' in html
    assert '<option value="no_till" selected>' in html
    assert '<option value="LV" selected>' in html
    assert 'role="alert"' in html
    assert "t C/ha" not in html.split("</form>")[1]  # no result below the form


def test_self_assessment_starts_from_the_members_farm(libraries):
    member = member_client("farmer@example.org")
    farm = member.user.member
    farm.latitude, farm.longitude, farm.soil_group, farm.land_use = 13.5, 2.1, "AR", "grazing"
    farm.save()
    html = member.get(SELF).content.decode()
    assert 'value="13,5"' in html or 'value="13.5"' in html
    assert '<option value="grassland" selected>' in html
