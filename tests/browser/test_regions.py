"""A visitor on a 360 px phone, in English, French and Spanish: a region's page, its events'
calendar feed, and the call for twin regions' form (refused, then sent)."""

import datetime as dt
from pathlib import Path

from django.contrib.auth.models import User
from django.core import mail

import pytest

from practices.regions.models import CorrespondentListing, EventPage, ExpressionOfInterest
from practices.regions.services import regions_structure_ensure
from tests.factories import PracticePageFactory, region_claiming

SHOTS = Path("/work/wt/regions-shots")
HEADINGS = {
    "en": ("Meetings and events", "Twin regions: express your interest", "Send"),
    "fr": ("Réunions et événements", "Régions jumelles : manifestez votre intérêt", "Envoyer"),
    "es": ("Reuniones y eventos", "Regiones gemelas: manifieste su interés", "Enviar"),
}


@pytest.fixture
def sahel(libraries):
    region = region_claiming(slug="sahel", name="Sahel", countries=["NE"])
    PracticePageFactory(
        parent=libraries["en"], title="Zaï pits of Niamey", region=region, farmers=12,
        area_ha=3.0, soil_group="LX", texture="coarse",
    )  # fmt: skip
    person = User.objects.create_user("aicha", "aicha@example.org")
    region.correspondents.add(person)
    CorrespondentListing.objects.create(  # a long address still fits a phone's width
        user=person, listed=True, display_name="Aïcha Sanni",
        contact_email="correspondent.sahel.niamey@example.org",
    )  # fmt: skip
    indexes = regions_structure_ensure()
    for code in ("en", "fr", "es"):
        event = EventPage(
            title=f"Field day {code}",
            start_date=dt.date(2030, 2, 20),
            place="Niamey",
            time_zone="Africa/Niamey",
        )
        event.regions = [region]
        indexes["events"][code].add_child(instance=event)
        event.save_revision().publish()
    return region


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_region_page_feed_and_interest_form_on_a_phone(live_server, browser, sahel, language):
    context = browser.new_context(viewport={"width": 360, "height": 780})
    page = context.new_page()
    page.set_default_timeout(15_000)
    events_heading, form_heading, send = HEADINGS[language]
    SHOTS.mkdir(exist_ok=True)

    page.goto(f"{live_server.url}/{language}/regions/sahel/")
    assert page.locator("h1").inner_text() == "Sahel"
    assert page.get_by_role("heading", name=events_heading).is_visible()
    assert page.get_by_role("link", name=f"Field day {language}").is_visible()
    assert page.get_by_role("link", name="Zaï pits of Niamey").first.is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "the region page scrolls sideways at 360 px"
    page.screenshot(path=str(SHOTS / f"region-{language}.png"), full_page=True)
    figures = page.locator("section[aria-labelledby=figures] .stats strong").all_inner_texts()
    assert figures[:2] == ["12", "1"]  # farmers, practices: the dashboard's for the region

    page.locator("section[aria-labelledby=figures] a[href*='dashboard']").click()
    page.wait_for_url("**/dashboard/?region=sahel")
    assert page.locator(".stats strong").first.inner_text() == "12"
    page.go_back()

    feed = page.locator('a[href$="/regions/sahel/events.ics"]')
    response = page.request.get(f"{live_server.url}{feed.get_attribute('href')}")
    assert response.headers["content-type"].startswith("text/calendar")
    assert f"SUMMARY:Field day {language}" in response.text()

    page.goto(f"{live_server.url}/{language}/twin-regions/interest/")
    assert page.locator("h1").inner_text() == form_heading
    page.locator("#id_organisation").fill("Commune de Say")
    page.locator("#id_region_name").fill("Say (Tillabéri)")
    page.locator("#id_country").select_option("NE")
    page.locator("#id_role_0").check()
    page.locator("#id_contact_name").fill("Moussa Hama")
    page.locator("#id_email").fill("not-an-address")
    page.locator("#id_message").fill("Nous voulons un jumelage.")
    page.get_by_role("button", name=send).click()
    assert page.locator("#id_organisation").input_value() == "Commune de Say"
    assert page.locator("#id_message").input_value() == "Nous voulons un jumelage."
    assert page.locator(".field-error .error").first.is_visible()
    page.screenshot(path=str(SHOTS / f"interest-refused-{language}.png"), full_page=True)

    page.locator("#id_email").fill("moussa@example.org")
    page.get_by_role("button", name=send).click()
    page.wait_for_url("**/interest/thanks/")
    assert ExpressionOfInterest.objects.get().organisation == "Commune de Say"
    assert len(mail.outbox) == 1
    context.close()
