"""Issue 13 on a 360 px phone: where a farmer looks after each step, in fr, es and en.

Screenshots go to test-artifacts/ (and /work/wt/phone-shots when it exists, to look at)."""

from pathlib import Path

import pytest

from tests.browser.test_journey import sign_up

PHONE = {"width": 360, "height": 740}
SHOTS = Path("/work/wt/phone-shots")


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def shoot(page, artifacts, name: str) -> None:
    for folder in (artifacts, SHOTS):
        if folder.exists():
            page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width} px wide at {PHONE['width']}"


def test_farms_like_mine_results_first_and_degrees_minutes(live_server, phone, world, artifacts):
    phone.goto(f"{live_server.url}/fr/farms-like-mine/")
    assert "Niamey" in phone.locator("#id_latitude_helptext").inner_text()  # the format hint
    phone.get_by_label("Latitude").fill("12°21'N")
    phone.get_by_label("Longitude").fill("1°31'O")
    phone.get_by_label("Texture de la couche arable").select_option("coarse")
    phone.get_by_role("button", name="Trouver des fermes comme la mienne").click()

    assert "Burkina" in phone.locator(".conditions").inner_text()  # 12.35 N, 1.52 W
    first_result = phone.locator(".cards h3").first.bounding_box()
    assert first_result["y"] < PHONE["height"], "the first result is on the first screen"
    assert not phone.get_by_label("Latitude").is_visible()  # the form folded under them
    phone.get_by_text("Modifier la description de la ferme").click()
    assert phone.get_by_label("Latitude").input_value() == "12°21'N"  # kept as typed
    no_sideways_scroll(phone)
    shoot(phone, artifacts, "farms-like-mine-fr")


def test_refused_share_form_opens_on_its_error_summary(live_server, phone, libraries, artifacts):
    sign_up(phone, live_server.url, "Awa", "awa@example.org")
    phone.goto(f"{live_server.url}/es/accounts/share-a-practice/")
    phone.locator("#id_title").fill("Medias lunas")
    phone.get_by_role("button", name="Enviar a revisión").click()
    summary = phone.get_by_role("alert").filter(has_text="Corrija lo que se señala")
    assert summary.is_visible()
    assert phone.evaluate("document.activeElement.id") == "error-summary"
    box = summary.bounding_box()
    assert box["y"] < PHONE["height"]  # on the first screen
    summary.get_by_role("link").filter(has_text="Resultado").click()
    assert phone.url.endswith("#id_outcome")
    assert phone.locator("#id_title").input_value() == "Medias lunas"  # nothing lost
    no_sideways_scroll(phone)
    shoot(phone, artifacts, "share-refused-es")


def test_after_asking_the_confirmation_is_in_view(live_server, phone, world, artifacts):
    sign_up(phone, live_server.url, "Awa", "awa@example.org")
    phone.goto(live_server.url + world["india"].url)
    phone.get_by_label("Your question").fill("How deep are the pits in sandy soil?")
    phone.get_by_role("button", name="Send my question").click()
    sent = phone.get_by_text("Your question is sent")
    box = sent.bounding_box()
    assert phone.evaluate("window.scrollY") > 0  # the page opened at the form, not its top
    assert -1 <= box["y"] < PHONE["height"]  # bounding boxes are in the viewport's pixels
    assert sent.is_visible() and phone.get_by_role("button", name="Send my question").is_visible()
    shoot(phone, artifacts, "question-sent-en")
