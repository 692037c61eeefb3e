"""A reader on a phone: home -> practice list -> practice page, then switches to French."""

from wagtail.models import Locale

import pytest

from tests.factories import PracticeCategoryFactory, PracticePageFactory


@pytest.fixture
def practice(libraries):
    category = PracticeCategoryFactory(slug="water-harvesting", name="Water harvesting")
    practice = PracticePageFactory(
        parent=libraries["en"],
        title="Zaï pits for sorghum",
        summary="Pits catch the first rains.",
        what_worked="Yields doubled.",
        categories=[category],
    )
    french = practice.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Zaï pour le sorgho"
    french.save_revision().publish()
    return practice


def test_home_to_practice_then_french(live_server, page, practice, artifacts):
    page.goto(f"{live_server.url}/")
    assert page.locator("h1").inner_text() == "Soil practices that worked on farms like yours"

    page.get_by_role("link", name="Browse all practices").click()
    page.get_by_role("link", name="Zaï pits for sorghum").click()
    assert page.locator("h1").inner_text() == "Zaï pits for sorghum"
    assert page.get_by_role("heading", name="Farm conditions").is_visible()
    assert "BSh" in page.locator(".conditions").inner_text()

    page.get_by_role("link", name="Français").click()
    page.wait_for_url("**/fr/**")
    assert page.locator("h1").inner_text() == "Zaï pour le sorgho"
    assert page.get_by_role("heading", name="Conditions de la ferme").is_visible()
    assert page.locator("html").get_attribute("lang") == "fr"
    page.screenshot(path=str(artifacts / "practice-page-fr.png"), full_page=True)
