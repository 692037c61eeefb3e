"""The location fieldset (practices/forms/mixins.py LocationMixin,
templates/includes/location_fieldset.html) on the three forms that ask where a site is — my
farm and sharing a practice (POST), farms like mine (GET) — as a farmer without JavaScript
meets it: a town's name that several places share, the world map, "Use my location"."""

import html
import re

from django.test import Client

import pytest

from practices.forms.mixins import MAP_HEIGHT, MAP_WIDTH, map_point
from practices.models import Member, PracticePage
from tests.factories import member_client
from tests.practices.views.test_contribute import photo

FARM, SHARE = "/en/accounts/farm/", "/en/accounts/share-a-practice/"
LIKE_MINE = "/en/farms-like-mine/"
SHARED = {
    "language": "en", "title": "Half-moons on crusted soil",
    "summary": "We dug half-moons to catch the runoff.", "categories": ["water-harvesting"],
    "outcome": "worked", "homepage": "",
}  # fmt: skip
TYPED = {FARM: {"farm_name": "Altiplano farm"}, SHARE: SHARED, LIKE_MINE: {}}


@pytest.fixture
def farmer(libraries):
    return member_client("awa@example.org")


def send(client: Client, url: str, data: dict):
    data = {**TYPED[url], **data}
    return client.get(url, data) if url == LIKE_MINE else client.post(url, data)


def text(response) -> str:
    return response.content.decode()


def value_of(page: str, name: str) -> str:
    tag = re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', page)
    assert tag, name
    found = re.search(r'value="([^"]*)"', tag.group(0))
    return html.unescape(found.group(1)) if found else ""


# A name several places share ----------------------------------------------------------------


@pytest.mark.parametrize("url", [FARM, SHARE, LIKE_MINE])
def test_a_town_several_places_share_asks_which_one(farmer, url):
    response = send(farmer, url, {"country": "BO", "town": "San Pedro", "rainfall_mm": "480"})
    assert response.status_code == 400
    page = text(response)
    assert "Several places are called San Pedro in Bolivia: which one?" in page
    for choice in ("San Pedro (La Paz)", "San Pedro (Santa Cruz)", "San Pedro (Chuquisaca)"):
        assert choice in page
    assert value_of(page, "town") == "San Pedro" and value_of(page, "rainfall_mm") == "480"
    if url == LIKE_MINE:  # a link that opens the same question with that town
        assert '<a href="?country=BO&amp;town=San+Pedro+%28La+Paz%29&amp;rainfall_mm=480">' in page
    else:  # a button that sends the form as it is, with that town
        assert '<button type="submit" name="town_choice" value="San Pedro (La Paz)"' in page
    assert not Member.objects.get(user=farmer.user).has_farm
    assert not PracticePage.objects.filter(title=SHARED["title"]).exists()


@pytest.mark.parametrize("url", [FARM, LIKE_MINE])
def test_a_village_s_name_a_city_is_known_by_asks_which_one_the_city_first(farmer, url):
    response = send(farmer, url, {"country": "MX", "town": "Queretaro"})
    assert response.status_code == 400
    page = text(response)
    assert "Several places are called Querétaro in Mexico: which one?" in page
    city, village = "Santiago de Querétaro (Querétaro)", "Querétaro (Chiapas)"
    assert city in page and village in page and page.index(city) < page.index(village)


@pytest.mark.parametrize(
    ("country", "typed", "placed", "where"),
    [
        ("ML", "Tombouctou", "Timbuktu (Tombouctou)", (16.8, -3.0)),
        ("CA", "Quebec City", "Québec (Québec)", (46.8, -71.2)),
        ("FR", "Lyon", "Lyon (Auvergne-Rhône-Alpes)", (45.7, 4.8)),
    ],
)
def test_a_town_as_the_farmer_types_it_places_my_farm_named_as_its_people_write_it(
    farmer, country, typed, placed, where
):
    response = send(farmer, FARM, {"country": country, "town": typed})
    assert response.status_code == 302
    member = Member.objects.get(user=farmer.user)
    assert (round(member.latitude, 1), round(member.longitude, 1)) == where
    assert f"placed at {html.escape(placed)}" in text(farmer.get(FARM))


def test_the_choice_saves_my_farm_there(farmer):
    response = send(farmer, FARM, {"country": "BO", "town": "San Pedro",
                                   "town_choice": "San Pedro (La Paz)"})  # fmt: skip
    assert response.status_code == 302
    member = Member.objects.get(user=farmer.user)
    assert (round(member.latitude, 2), round(member.longitude, 2)) == (-16.24, -68.85)
    assert member.farm_name == "Altiplano farm"
    assert "placed at San Pedro (La Paz)" in text(farmer.get(FARM))


def test_the_choice_places_a_shared_practice_there(farmer):
    response = send(farmer, SHARE, {"country": "BO", "town": "San Pedro",
                                    "town_choice": "San Pedro (Santa Cruz)"})  # fmt: skip
    assert response.status_code == 302, text(response)[:2000]
    page = PracticePage.objects.get(title=SHARED["title"])
    assert round(page.longitude) == -60 and page.country == "BO"


def test_the_chosen_link_finds_farms_like_mine_there(farmer):
    page = text(send(farmer, LIKE_MINE, {"country": "BO", "town": "San Pedro (La Paz)"}))
    assert "Your farm as we understood it" in page
    assert "<dd>San Pedro (La Paz)</dd>" in page
    assert "<dd>Bolivia</dd>" in page


def test_el_alto_is_found(farmer):
    page = text(send(farmer, LIKE_MINE, {"country": "BO", "town": "el alto"}))
    assert "<dd>El Alto (La Paz)</dd>" in page


@pytest.mark.parametrize("url", [FARM, SHARE, LIKE_MINE])
def test_a_town_not_found_offers_close_names_the_same_way(farmer, url):
    page = text(send(farmer, url, {"country": "NE", "town": "Ma"}))
    assert "No town of that name in this country." in page and "Did you mean:" in page
    assert "Maradi (Maradi)" in page


# The world map --------------------------------------------------------------------------------


def test_a_click_on_the_map_is_a_latitude_and_a_longitude():
    assert map_point(str(MAP_WIDTH // 2), str(MAP_HEIGHT // 2)) == (0.0, 0.0)
    assert map_point("1", "1") == (88.8, -178.8)
    assert map_point(str(MAP_WIDTH), str(MAP_HEIGHT)) == (-90.0, 180.0)
    assert map_point("5000", "-3") == (90.0, 180.0)  # held to the map
    # Niamey: 13.5 N, 2.1 E, about where a farmer would click.
    assert map_point("146", "61") == (13.8, 2.5)
    assert map_point("0", "0") is None  # Enter in a field, sent through the map
    assert map_point(None, None) is None and map_point("a", "3") is None


@pytest.mark.parametrize("url", [FARM, SHARE, LIKE_MINE])
def test_a_click_on_the_map_fills_in_the_coordinates_and_keeps_the_rest(farmer, url):
    centre = {"map.x": str(MAP_WIDTH // 2), "map.y": str(MAP_HEIGHT // 2)}
    typed = {"latitude": "", "longitude": "", "country": "NE", "town": "Niamey",
             "rainfall_mm": "480", **centre}  # fmt: skip
    response = send(farmer, url, typed)
    page = text(response)
    assert value_of(page, "latitude") == "0.0" and value_of(page, "longitude") == "0.0"
    assert "The map gives latitude 0.0, longitude 0.0" in page
    assert value_of(page, "town") == "Niamey" and value_of(page, "rainfall_mm") == "480"
    if url == FARM:
        assert value_of(page, "farm_name") == "Altiplano farm"
    if url == SHARE:
        assert value_of(page, "title") == SHARED["title"] and SHARED["summary"] in page
        assert re.search(r'<input type="checkbox"[^>]*value="water-harvesting"[^>]*checked', page)
    assert 'role="alert"' not in page  # nothing to correct yet
    assert "Practices from farms like yours" not in page
    assert not Member.objects.get(user=farmer.user).has_farm
    assert not PracticePage.objects.filter(title=SHARED["title"]).exists()


def test_photos_sent_with_a_click_on_the_map_are_kept(farmer):
    response = send(farmer, SHARE, {"map.x": "146", "map.y": "61", "photos": [photo()]})
    page = text(response)
    assert "1 photo already received" in page
    kept = response.context["form"].data["kept_photos"]
    response = send(farmer, SHARE, {"latitude": "13.51", "longitude": "2.11",
                                    "kept_photos": kept})  # fmt: skip
    assert response.status_code == 302
    assert PracticePage.objects.get(title=SHARED["title"]).photo is not None


def test_enter_in_a_field_sends_the_form_as_usual(farmer):
    response = send(farmer, FARM, {"latitude": "13.51", "longitude": "2.11",
                                   "map.x": "0", "map.y": "0"})  # fmt: skip
    assert response.status_code == 302
    assert Member.objects.get(user=farmer.user).country == "NE"


@pytest.mark.parametrize("url", [FARM, SHARE, LIKE_MINE])
def test_the_map_is_an_image_button_with_a_text(farmer, url):
    page = text(farmer.get(url))
    tag = re.search(r'<input type="image" name="map"[^>]*>', page).group(0)
    assert 'src="/static/img/world-map.png"' in tag
    assert f'width="{MAP_WIDTH}" height="{MAP_HEIGHT}"' in tag
    assert 'alt="World map: click where it is to fill in the latitude and longitude"' in tag
    # It is the form's first submit button (Enter sends the form through it, at 0, 0).
    form = page[page.rindex("<form", 0, page.index('type="image"')) :]
    assert form.index('type="image"') < form.index('type="submit"')


# "Use my location" ----------------------------------------------------------------------------


@pytest.mark.parametrize("url", [FARM, SHARE, LIKE_MINE])
def test_use_my_location_waits_for_javascript_with_its_texts(farmer, url):
    page = text(farmer.get(url))
    block = re.search(r"<p class=\"locate\"[^>]*>", page).group(0)
    assert "hidden" in block  # shown by the script, where the browser can locate
    assert 'data-latitude="id_latitude" data-longitude="id_longitude"' in block
    assert 'data-waiting="Finding where you are…"' in block
    assert "data-failed=" in block and "data-found=" in block
    assert ">Use my location</button>" in page
    assert '<script src="/static/js/locate.js" defer></script>' in page


def test_use_my_location_speaks_french_and_spanish(farmer):
    assert "Utiliser ma position" in text(farmer.get("/fr/farms-like-mine/"))
    assert "Usar mi ubicación" in text(farmer.get("/es/farms-like-mine/"))
