"""My farm: where it is (coordinates, or country and nearest town), its conditions derived
and correctable; "farms like mine" and the home page start from it."""

import re

from django.test import Client

import pytest

from practices.models import Member
from tests.factories import PracticePageFactory
from tests.practices.views.accounts.conftest import text


def farm(member) -> Member:
    return Member.objects.get(user=member)


def value_of(page: str, name: str) -> str:
    """The value a form field shows (input value or selected option)."""
    tag = re.search(rf'<(input|select)[^>]*name="{name}"[^>]*>', page)
    assert tag, name
    if tag.group(1) == "input":
        found = re.search(r'value="([^"]*)"', tag.group(0))
        return found.group(1) if found else ""
    select = page[tag.start() : page.index("</select>", tag.start())]
    found = re.search(r'<option value="([^"]*)" selected>', select)
    return found.group(1) if found else ""


def test_my_farm_needs_a_log_in(libraries):
    response = Client().get("/en/accounts/farm/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_coordinates_fill_country_and_climate_which_the_form_then_shows(member_client, member):
    response = member_client.post(
        "/en/accounts/farm/",
        {"farm_name": "Baobab farm", "latitude": "13.51", "longitude": "2.11",
         "rainfall_mm": "550", "texture": "coarse", "water_supply": "rainfed"},
    )  # fmt: skip
    assert response.status_code == 302
    saved = farm(member)
    assert (saved.country.code, saved.koppen) == ("NE", "BSh")
    page = text(member_client.get("/en/accounts/farm/"))
    assert "Your farm is saved." in page
    assert value_of(page, "koppen") == "BSh"  # prefilled by derivation, correctable
    assert value_of(page, "country") == "NE"
    assert value_of(page, "rainfall_mm") == "550"
    assert value_of(page, "farm_name") == "Baobab farm"


def test_a_corrected_climate_is_kept(member_client, member):
    member_client.post(
        "/en/accounts/farm/", {"latitude": "13.51", "longitude": "2.11", "koppen": "BWh"}
    )
    assert farm(member).koppen == "BWh"
    # Saving again without touching the location keeps the correction.
    data = {"latitude": "13.51", "longitude": "2.11", "koppen": "BWh", "country": "NE",
            "rainfall_mm": "400"}  # fmt: skip
    member_client.post("/en/accounts/farm/", data)
    assert (farm(member).koppen, farm(member).rainfall_mm) == ("BWh", 400)


def test_moving_the_farm_derives_country_and_climate_again(member_client, member):
    member_client.post("/en/accounts/farm/", {"latitude": "13.51", "longitude": "2.11"})
    assert farm(member).koppen == "BSh"
    # The form as shown (country NE, climate BSh), with new coordinates in Normandy.
    member_client.post(
        "/en/accounts/farm/",
        {"latitude": "49.18", "longitude": "-0.37", "country": "NE", "koppen": "BSh"},
    )
    moved = farm(member)
    assert (moved.country.code, moved.koppen) == ("FR", "Cfb")


def test_country_and_nearest_town_place_the_farm(member_client, member):
    response = member_client.post("/en/accounts/farm/", {"country": "NE", "town": "maradi"})
    assert response.status_code == 302
    saved = farm(member)
    assert round(saved.latitude, 1) == 13.5 and round(saved.longitude, 1) == 7.1
    assert saved.koppen == "BSh"
    assert "placed at Maradi" in text(member_client.get("/en/accounts/farm/"))
    # Later, a town typed beside the saved coordinates moves the farm there.
    member_client.post(
        "/en/accounts/farm/",
        {"latitude": str(saved.latitude), "longitude": str(saved.longitude), "country": "NE",
         "town": "Niamey"},
    )  # fmt: skip
    assert round(farm(member).longitude, 1) == 2.1


def test_an_unknown_town_suggests_names_and_keeps_everything(member_client, member):
    response = member_client.post(
        "/en/accounts/farm/", {"country": "NE", "town": "Ma", "rainfall_mm": "480"}
    )
    assert response.status_code == 400
    page = text(response)
    assert "No town of that name in this country." in page
    assert "Maradi" in page
    assert value_of(page, "town") == "Ma" and value_of(page, "rainfall_mm") == "480"
    assert not farm(member).has_farm


def test_a_point_at_sea_is_refused_with_every_value_kept(member_client, member):
    data = {"farm_name": "Sea farm", "latitude": "0", "longitude": "-30", "koppen": "",
            "rainfall_mm": "480", "temperature_c": "27.5", "altitude_m": "250",
            "slope_class": "gentle", "soil_group": "LX", "texture": "coarse",
            "land_use": "cropland_annual", "water_supply": "rainfed"}  # fmt: skip
    response = member_client.post("/en/accounts/farm/", data)
    assert response.status_code == 400
    page = text(response)
    field = page[page.index('name="latitude"') : page.index('name="longitude"')]
    assert "is at sea: check the coordinates" in field  # next to the latitude
    for name, value in data.items():
        assert value_of(page, name) == value, name
    assert not farm(member).has_farm


def test_a_farm_must_be_located(member_client):
    response = member_client.post("/en/accounts/farm/", {"rainfall_mm": "500"})
    assert response.status_code == 400
    assert "Say where your farm is" in text(response)
    response = member_client.post("/en/accounts/farm/", {"latitude": "13.51"})
    page = text(response)
    field = page[page.index('name="longitude"') :]
    assert "Give the longitude as well as the latitude." in field[:600]
    response = member_client.post("/en/accounts/farm/", {"latitude": "95", "longitude": "2"})
    assert "less than or equal to 90" in text(response)


def test_my_farm_in_spanish(member_client):
    response = member_client.post("/es/accounts/farm/", {"latitude": "0", "longitude": "-30"})
    assert "está en el mar" in text(response)


# The farm starts things -------------------------------------------------------------------


@pytest.fixture
def practices(library):
    sahel = PracticePageFactory(parent=library, title="Zaï pits near Niamey", texture="coarse")
    normandy = PracticePageFactory(
        parent=library, title="Cover crops in Normandy", latitude=49.18, longitude=-0.37,
        rainfall_mm=800, texture="medium",
    )  # fmt: skip
    return sahel, normandy


def test_farms_like_mine_starts_from_my_farm(member_client, member, practices):
    member_client.post(
        "/en/accounts/farm/",
        {"latitude": "14.2", "longitude": "1.45", "koppen": "BWh", "rainfall_mm": "520",
         "texture": "coarse", "altitude_m": "230"},
    )  # fmt: skip
    response = member_client.get("/en/farms-like-mine/")
    assert response.status_code == 200
    page = text(response)
    assert "We started from your farm" in page
    assert value_of(page, "latitude") == "14.2" and value_of(page, "rainfall_mm") == "520"
    assert value_of(page, "koppen") == "BWh"  # the member's correction, not the derived class
    assert value_of(page, "altitude_m") == "230"
    assert "Practices from farms like yours" in page
    assert page.index("Zaï pits near Niamey") < page.index("Cover crops in Normandy")


def test_a_question_asked_on_farms_like_mine_wins_over_the_farm(member_client, member, practices):
    member_client.post("/en/accounts/farm/", {"latitude": "14.2", "longitude": "1.45"})
    page = text(
        member_client.get("/en/farms-like-mine/", {"latitude": "49.2", "longitude": "-0.4"})
    )
    assert "We started from your farm" not in page
    assert value_of(page, "latitude") == "49.2"
    assert page.index("Cover crops in Normandy") < page.index("Zaï pits near Niamey")


def test_without_a_farm_farms_like_mine_asks_as_before(member_client, practices):
    page = text(member_client.get("/en/farms-like-mine/"))
    assert "Practices from farms like yours" not in page
    assert "Describe your farm once" in page
    anonymous = text(Client().get("/en/farms-like-mine/"))
    assert "Practices from farms like yours" not in anonymous
    assert "Describe your farm once" not in anonymous and "started from your farm" not in anonymous


def test_the_home_page_links_practices_from_farms_like_mine(member_client, member, practices):
    assert "from farms like yours" not in text(member_client.get("/en/"))  # no farm yet
    member_client.post(
        "/en/accounts/farm/",
        {"latitude": "14.2", "longitude": "1.45", "rainfall_mm": "520", "texture": "coarse"},
    )
    page = text(member_client.get("/fr/"))
    link = re.search(r'<a href="(/fr/farms-like-mine/\?[^"]+)">Des pratiques venues de', page)
    assert link, page
    href = link.group(1).replace("&amp;", "&")
    assert "latitude=14.2" in href and "rainfall_mm=520" in href and "koppen=" in href
    results = text(member_client.get(href))
    assert "Zaï pits near Niamey" in results
    assert "from farms like yours" not in text(Client().get("/en/"))  # anonymous: as before
