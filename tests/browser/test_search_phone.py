"""On a 360 px phone, in French and Spanish: a box not understood keeps the search and says what
to type; the filters are one tap from the top; the climate and open data pages read well."""

from pathlib import Path

import pytest

SHOTS = Path("/work/wt/opendata-shots")


def shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_a_box_not_understood_keeps_the_search_and_says_what_to_type(live_server, phone, world):
    phone.goto(f"{live_server.url}/fr/search/?category=water-harvesting")
    phone.get_by_label("Mots").fill("zai")
    phone.get_by_text("Pluviométrie et altitude").click()
    phone.get_by_label("Pluviométrie de (mm)").fill("beaucoup")
    phone.get_by_role("button", name="Rechercher").click()
    alert = phone.get_by_role("alert")
    assert "Pluviométrie (de) : tapez un nombre de millimètres" in alert.inner_text()
    assert phone.get_by_label("Mots").input_value() == "zai"
    assert phone.locator(".cards").get_by_role("link", name="Zaï pits in the Deccan").is_visible()
    shot(phone, "search-error-fr")
    alert.get_by_role("link").click()
    assert phone.evaluate("document.activeElement.id") == "rainfall_min"
    phone.get_by_label("Pluviométrie de (mm)").fill("600 mm")
    phone.get_by_role("button", name="Rechercher").click()
    assert phone.get_by_role("alert").count() == 0
    assert phone.get_by_role("status").inner_text() == "1 résultat"


def test_the_filters_are_one_tap_from_the_top(live_server, phone, world):
    phone.goto(f"{live_server.url}/es/search/")
    link = phone.get_by_role("link", name="Filtros", exact=True)
    assert link.bounding_box()["y"] < 740  # on the first screen
    link.click()
    title = phone.get_by_role("heading", name="Filtros", exact=True)
    box = title.bounding_box()
    assert 0 <= box["y"] < 740  # now in the viewport (the box is relative to it)
    assert phone.evaluate("window.scrollY") > 0
    shot(phone, "search-filters-es")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_climate_and_open_data_pages_on_a_phone(live_server, phone, world, language):
    for name in ("climate", "open-data"):
        phone.goto(f"{live_server.url}/{language}/{name}/")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360
        shot(phone, f"{name}-{language}")
