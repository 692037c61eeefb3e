"""The map and the directory on a 360 px phone, in English, French and Spanish: the map fits
the screen, a point on it opens the practice, the list beside it holds the same places, and
the directory's filters narrow it. Screenshots in test-artifacts/."""

import pytest

from tests.factories import (
    PracticeCategoryFactory,
    PracticePageFactory,
    RegionFactory,
    organisations_saved,
)

WORDS = {
    "en": ("Map of the network", "Members and partners", "Research institutes and universities"),
    "fr": ("Carte du réseau", "Membres et partenaires", "Instituts de recherche et universités"),
    "es": ("Mapa de la red", "Miembros y socios", "Institutos de investigación y universidades"),
}


@pytest.fixture
def network(libraries):
    category = PracticeCategoryFactory(slug="water-harvesting", name="Water harvesting")
    practice = PracticePageFactory(
        parent=libraries["en"], title="Zaï pits for sorghum", categories=[category]
    )
    region = RegionFactory(slug="west-africa", name="West Africa")
    organisations_saved(
        [
            ("CIRAD", "research", "member", "FR", 43.65, 3.87, [region]),
            ("Copargo", "state", "partner", "BJ", 9.84, 1.55, [region]),
        ],
        descriptions={"en": "{name} works on soils."},
    )
    return practice


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_map_and_directory_on_a_phone(live_server, phone, network, artifacts, language):
    title, directory_title, research = WORDS[language]
    phone.goto(f"{live_server.url}/{language}/map/")
    assert phone.locator("h1").inner_text() == title
    svg = phone.locator("svg.network-map")
    assert svg.is_visible() and svg.bounding_box()["width"] <= 360
    assert _fits(phone)
    assert phone.locator("#map-list li").count() == 3  # a practice, a member, a partner
    phone.screenshot(path=artifacts / f"map-{language}-360.png", full_page=True)

    phone.goto(f"{live_server.url}/{language}/partners/")
    assert phone.locator("h1").inner_text() == directory_title
    phone.screenshot(path=artifacts / f"partners-{language}-360.png", full_page=True)
    assert _fits(phone)
    phone.locator("summary").first.click()
    phone.get_by_role("link", name=research, exact=True).first.click()
    assert phone.locator(".organisation h2").all_inner_texts() == ["CIRAD"]


def test_a_cluster_leads_to_the_list_and_the_list_to_the_practice(live_server, phone, network):
    """Niamey's practice and Copargo are one cluster on a world map: it links to the list."""
    phone.goto(f"{live_server.url}/en/map/")
    cluster = phone.locator("svg.network-map a.map-cluster")
    assert cluster.locator("text").text_content() == "2"
    cluster.click()
    phone.wait_for_url("**#map-list")
    phone.locator("#map-list").get_by_role("link", name="Zaï pits for sorghum").click()
    phone.wait_for_url(f"**{network.url}")
    assert phone.locator("h1").inner_text() == "Zaï pits for sorghum"
    assert phone.locator("svg.network-map").first.is_visible()  # its locator map
