"""GET /api/v1/carbon/estimate and /api/v1/practices/<id>/carbon over real HTTP (the test
client), the zones derived from real coordinates; expected values computed by hand from the
IPCC tables (carbon/test_model.py shows the arithmetic)."""

import pytest

from tests.factories import PracticeCategoryFactory, PracticePageFactory

pytestmark = pytest.mark.django_db

ESTIMATE = "/api/v1/carbon/estimate"
# Niamey with 1,500 mm of rain: tropical moist (mean 29.6 °C, frost-free, 200 m).
NIAMEY_WET = {"lat": "13.51", "lon": "2.11", "rainfall_mm": "1500"}


def test_tropical_moist_lac_full_to_no_till(client):
    # 38 × 0.83 = 31.54 → × 1.10 = 34.694: +0.1577 t C/ha/yr; 4‰ 0.126; 12.5 ha → 1.971.
    response = client.get(ESTIMATE, {**NIAMEY_WET, "soil_group": "LX", "texture": "medium",
                                     "land_use": "cropland", "tillage_before": "full",
                                     "tillage_after": "no_till", "input_before": "medium",
                                     "input_after": "medium", "area_ha": "12.5"})  # fmt: skip
    assert response.status_code == 200
    body = response.json()
    assert body["climate_zone"] == "tropical_moist"
    assert body["soil_class"] == "LAC"
    assert body["soc_ref_t_ha"] == 38
    assert body["stock_before_t_ha"] == pytest.approx(31.54)
    assert body["change_t_c_ha_yr"] == pytest.approx(0.158, abs=0.0006)
    assert body["four_per_1000_t_c_ha_yr"] == pytest.approx(0.126, abs=0.0006)
    assert body["years"] == 20
    low, high = body["interval_95"]
    assert low < body["change_t_c_ha_yr"] < high
    assert body["total_t_c_yr"] == pytest.approx(12.5 * body["change_t_c_ha_yr"], abs=0.001)
    assert any("IPCC 2019" in source for source in body["sources"])
    assert "Monte Carlo" in body["method"]


def test_cool_temperate_sandy_cover_crops(client):
    # Bonn at a mean 8 °C: cool temperate moist. Arenosols, coarse: sandy, SOCref 51.
    # 51 × 0.70 = 35.7 → × 1.11 = 39.627: +0.196 t C/ha/yr; 4‰ 0.143.
    response = client.get(ESTIMATE, {"lat": "50.73", "lon": "7.1", "temperature_c": "8",
                                     "soil_group": "AR", "texture": "coarse",
                                     "input_after": "high"})  # fmt: skip
    body = response.json()
    assert (body["climate_zone"], body["soil_class"]) == ("cool_temperate_moist", "sandy")
    assert body["change_t_c_ha_yr"] == pytest.approx(0.196, abs=0.0006)
    assert body["four_per_1000_t_c_ha_yr"] == pytest.approx(0.143, abs=0.0006)


def test_organic_soil_is_not_estimable(client):
    response = client.get(ESTIMATE, {**NIAMEY_WET, "soil_group": "HS"})
    assert response.status_code == 200
    assert response.json()["estimable"] is False
    assert "Organic soils" in response.json()["reason"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"lon": "2.11", "soil_group": "LX"}, "lat"),
        ({"lat": "95", "lon": "2.11", "soil_group": "LX"}, "lat"),
        ({"lat": "13.5", "lon": "abc", "soil_group": "LX"}, "lon"),
        ({"lat": "13.5", "lon": "2.1", "soil_group": "XX"}, "soil_group"),
        ({"lat": "13.5", "lon": "2.1"}, "soil_group"),
        ({"lat": "13.5", "lon": "2.1", "soil_group": "LX", "tillage_after": "deep"},
         "tillage_after"),
        ({"lat": "13.5", "lon": "2.1", "soil_group": "LX", "land_use": "grassland",
          "input_before": "high_manure"}, "input_before"),
        ({"lat": "13.5", "lon": "2.1", "soil_group": "LX", "area_ha": "-3"}, "area_ha"),
        ({"lat": "0", "lon": "-20", "soil_group": "LX"}, "lat"),  # the Atlantic
    ],
)  # fmt: skip
def test_bad_parameters_are_400_naming_the_field(client, params, field):
    response = client.get(ESTIMATE, params)
    assert response.status_code == 400
    assert response.json()["field"] == field
    assert response.json()["error"]


def test_errors_in_the_readers_language(client):
    response = client.get(ESTIMATE, {"lon": "2.11"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    assert response.json()["error"] != "This field is required."


@pytest.fixture
def cover_crops_niamey(libraries):
    # Tropical dry (set here, as an editor may), Lixisols: LAC, SOCref 19, F_LU 0.92,
    # medium → high inputs 1.04: 17.48 → 18.1792, +0.035 t C/ha/yr; measured 0.4 (peer-reviewed).
    return PracticePageFactory(
        parent=libraries["en"], categories=[PracticeCategoryFactory(slug="cover-crops")],
        soil_group="LX", texture="medium", ipcc_zone="tropical_dry", land_use="cropland_annual",
        soc_change_t_ha_yr=0.4, evidence="peer_reviewed", area_ha=3,
    )  # fmt: skip


def test_a_practices_carbon(client, cover_crops_niamey):
    response = client.get(f"/api/v1/practices/{cover_crops_niamey.pk}/carbon")
    assert response.status_code == 200
    body = response.json()
    assert body["estimable"] is True
    assert body["change_t_c_ha_yr"] == pytest.approx(0.035, abs=0.0006)
    assert body["before"]["inputs"] == "medium" and body["after"]["inputs"] == "high"
    assert body["measured"] == {"change_t_c_ha_yr": 0.4, "evidence": "peer_reviewed",
                                "within_interval": False}  # fmt: skip
    sources = [item["source"] for item in body["evidence"]]
    assert any(source.startswith("Bolinder") for source in sources)
    assert all(isinstance(item["verified"], bool) for item in body["evidence"])
    assert body["total_t_c_yr"] == pytest.approx(3 * body["change_t_c_ha_yr"], abs=0.001)


def test_a_biochar_practice_is_not_estimable(client, libraries):
    page = PracticePageFactory(parent=libraries["en"], soil_group="LX", ipcc_zone="tropical_dry",
                               categories=[PracticeCategoryFactory(slug="biochar")])  # fmt: skip
    body = client.get(f"/api/v1/practices/{page.pk}/carbon").json()
    assert body["estimable"] is False
    assert "Biochar" in body["reason"]


def test_drafts_and_unknown_practices_are_404(client, cover_crops_niamey):
    cover_crops_niamey.unpublish()
    assert client.get(f"/api/v1/practices/{cover_crops_niamey.pk}/carbon").status_code == 404
    response = client.get("/api/v1/practices/99999999/carbon")
    assert response.status_code == 404
    assert response.json()["error"]
