"""Issue 13 on a 360 px phone: where a farmer looks after each step, in fr, es and en.

Screenshots go to test-artifacts/ (and /work/wt/phone-shots when it exists, to look at)."""

from pathlib import Path

from django.contrib.auth.models import Group, User
from django.utils import translation
from django.utils.translation import gettext

import pytest

from practices.models import Question
from practices.roles import MODERATORS
from tests.browser.conftest import PHONE
from tests.browser.test_journey import sign_up
from tests.factories import PracticeCategoryFactory, PracticePageFactory

SHOTS = Path("/work/wt/phone-shots")


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


def test_share_from_home_through_sign_up_on_a_compact_phone(live_server, phone, world, artifacts):
    phone.goto(f"{live_server.url}/es/")
    header = phone.locator(".site-header").bounding_box()
    assert header["height"] < PHONE["height"] / 4, header  # not a third of the first screen
    assert phone.get_by_role("search").get_by_role("searchbox").is_visible()
    shoot(phone, artifacts, "home-es")
    phone.get_by_role("link", name="Compartir una práctica").first.click()
    assert "/es/accounts/signup/" in phone.url
    phone.locator("#id_name").fill("Rosa")
    phone.locator("#id_email").fill("rosa@example.org")
    phone.locator("#id_password").fill("crusted-soil-2026")
    phone.get_by_role("button", name="Crear mi cuenta").click()
    assert phone.url.endswith("/es/accounts/share-a-practice/")  # back to what she wanted
    no_sideways_scroll(phone)
    for box in phone.locator("#id_categories input[type=checkbox]").all()[:5]:
        mark, label = box.bounding_box(), box.locator("xpath=..").bounding_box()
        assert mark["width"] < 40  # a box, not a full-width input
        middle = mark["y"] + mark["height"] / 2
        assert label["y"] <= middle <= label["y"] + label["height"]  # on its label's line
    submit = phone.get_by_role("button", name="Enviar a revisión")
    assert submit.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(47, 107, 47)"
    shoot(phone, artifacts, "share-es")


def test_practice_and_library_in_french_at_360(live_server, phone, libraries, artifacts):
    practice = PracticePageFactory(
        parent=libraries["fr"],
        title="Demi-lunes sur le plateau",
        country="NE",
        farmers=5613,
        categories=[PracticeCategoryFactory(slug="water-harvesting", name="Collecte des eaux")],
    )
    practice.tags.add("zaï")
    practice.save_revision().publish()
    phone.goto(live_server.url + practice.url)
    no_sideways_scroll(phone)
    assert phone.get_by_role("link", name="zaï").get_attribute("href") == "/fr/search/?q=za%C3%AF"
    category = phone.get_by_role("link", name="Collecte des eaux")
    assert category.get_attribute("href") == "/fr/search/?category=water-harvesting"
    assert phone.get_by_role("link", name="Partager une pratique").is_visible()
    facts = phone.locator(".facts").inner_text()
    assert "5\u202f613" in facts or "5\xa0613" in facts  # grouped as French writes it
    shoot(phone, artifacts, "practice-fr")
    phone.goto(live_server.url + libraries["fr"].url)
    no_sideways_scroll(phone)
    assert phone.get_by_role("link", name="Partager une pratique").is_visible()
    shoot(phone, artifacts, "library-fr")
    phone.goto(f"{live_server.url}/fr/accounts/signup/")
    no_sideways_scroll(phone)
    shoot(phone, artifacts, "signup-fr")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_after_answering_the_confirmation_is_in_the_question(
    live_server, phone, libraries, artifacts, language
):
    practice = PracticePageFactory(parent=libraries[language], title=f"Zaï ({language})")
    sign_up(phone, live_server.url, "Awa", "awa@example.org")
    User.objects.get(email="awa@example.org").groups.add(Group.objects.get(name=MODERATORS))
    asker = User.objects.create_user("moussa", "moussa@example.org", "x", first_name="Moussa")
    question = Question.objects.create(
        practice=practice, author=asker, text="Quelle profondeur ?", status="published"
    )
    phone.goto(live_server.url + practice.url)
    item = phone.locator(f"#question-{question.pk}")
    item.locator("details.answer-form summary").click()
    item.locator(f"#answer-text-{question.pk}").fill("Vingt centimètres.")
    item.locator("details.answer-form button[type=submit]").click()

    with translation.override(language):
        said = gettext("Your answer is published.")
    notice = phone.locator(f"#answer-sent-{question.pk}")
    assert notice.inner_text() == said
    assert phone.locator(".messages").count() == 0  # said in the question, not at the top
    box = notice.bounding_box()
    assert phone.evaluate("window.scrollY") > 0  # the page opened at the question
    assert -1 <= box["y"] < PHONE["height"]
    assert "Vingt centimètres." in item.inner_text()
    no_sideways_scroll(phone)
    shoot(phone, artifacts, f"answer-sent-{language}")
