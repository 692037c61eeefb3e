"""The location fieldset in Chromium on a 360 px phone: "Use my location" fills in the
coordinates where the browser may locate (and stays hidden where scripts do not run); a click
on the world map comes back as the clicked latitude and longitude; Enter in a field does not
send the map's corner; a town's name several places share asks which one; no policy
violation. Screenshots in French and Spanish go to test-artifacts/."""

import pytest

from practices.forms.mixins import MAP_HEIGHT, MAP_WIDTH
from tests.browser.test_journey import sign_up
from tests.browser.test_security_headers import watch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PHONE = {"width": 360, "height": 800}


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport=PHONE,
        permissions=["geolocation"],
        geolocation={"latitude": 13.5117, "longitude": 2.1251},
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_use_my_location_fills_in_the_coordinates(live_server, phone, libraries):
    violations = watch(phone)
    phone.goto(f"{live_server.url}/en/farms-like-mine/")
    phone.get_by_role("button", name="Use my location").click()
    phone.get_by_text("Found: check the coordinates").wait_for()
    assert phone.get_by_label("Latitude").input_value() == "13.5117"
    assert phone.get_by_label("Longitude").input_value() == "2.1251"
    phone.get_by_role("button", name="Find farms like mine").click()
    assert "Niger" in phone.locator(".conditions").inner_text()
    assert violations == []


def test_without_scripts_the_button_stays_hidden(live_server, browser, libraries):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/farms-like-mine/")
    assert not page.get_by_role("button", name="Use my location").is_visible()
    assert page.get_by_role("button", name="World map: click where it is").is_visible()
    context.close()


def test_a_click_on_the_map_and_a_town_of_several_places(live_server, phone, libraries, artifacts):
    violations = watch(phone)
    phone.goto(f"{live_server.url}/fr/farms-like-mine/")
    phone.get_by_label("Pluviométrie (mm par an)").fill("480")
    world = phone.locator("input[type=image]")
    box = world.bounding_box()
    assert (round(box["width"]), round(box["height"])) == (MAP_WIDTH, MAP_HEIGHT)
    assert box["x"] + box["width"] <= PHONE["width"]  # the whole map on the phone's screen
    world.click(position={"x": MAP_WIDTH / 2, "y": MAP_HEIGHT / 2})
    phone.wait_for_url("**map.x=*")
    assert phone.get_by_label("Latitude").input_value() == "0.0"
    assert phone.get_by_label("Longitude").input_value() == "0.0"
    assert phone.get_by_label("Pluviométrie (mm par an)").input_value() == "480"
    phone.screenshot(path=str(artifacts / "location-map-fr.png"), full_page=True)

    # Enter in a field sends the form through the map at (0, 0): an ordinary search.
    phone.get_by_label("Latitude").fill("13.5")
    phone.get_by_label("Longitude").fill("2.1")
    phone.get_by_label("Longitude").press("Enter")
    phone.locator(".conditions").wait_for()
    assert "Niger" in phone.locator(".conditions").inner_text()

    phone.goto(f"{live_server.url}/es/farms-like-mine/")
    phone.get_by_label("País").select_option("BO")
    phone.get_by_label("Localidad más cercana").fill("San Pedro")
    phone.get_by_label("Localidad más cercana").press("Enter")
    phone.locator(
        "#id_town_error", has_text="Varios lugares se llaman San Pedro en Bolivia: ¿cuál?"
    ).wait_for()
    phone.screenshot(path=str(artifacts / "location-choices-es.png"), full_page=True)
    phone.get_by_role("link", name="San Pedro (La Paz)").click()
    assert "San Pedro (La Paz)" in phone.locator(".conditions").inner_text()
    assert violations == []


def test_my_farm_asks_which_san_pedro_and_saves_the_one_chosen(live_server, phone, artifacts):
    violations = watch(phone)
    sign_up(phone, live_server.url, "Awa", "awa@example.org")
    phone.goto(f"{live_server.url}/fr/accounts/farm/")
    phone.get_by_label("Nom de la ferme").fill("Ferme de l’Altiplano")
    phone.get_by_label("Pays").select_option("BO")
    phone.get_by_label("Ville la plus proche").fill("San Pedro")
    phone.get_by_role("button", name="Enregistrer ma ferme").click()
    phone.locator(
        "#id_town_error", has_text="Plusieurs lieux s’appellent San Pedro (Bolivie)"
    ).wait_for()
    phone.screenshot(path=str(artifacts / "location-choices-fr.png"), full_page=True)
    phone.get_by_role("button", name="San Pedro (La Paz)").click()
    phone.get_by_text("placée à San Pedro (La Paz)").wait_for()
    assert phone.get_by_label("Nom de la ferme").input_value() == "Ferme de l’Altiplano"
    assert phone.get_by_label("Latitude").input_value().startswith("-16.2")
    assert violations == []
