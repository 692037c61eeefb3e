"""The whole peer-to-peer journey in Chromium, on a phone-sized screen for the farmers.

A farmer signs up, describes her farm and shares a practice with a photo; the correspondent of
her region finds it in the review queue of the admin and asks for a change; the farmer changes
it and sends it again; the correspondent approves. The practice is live, found by search and by
"farms like mine". A second farmer reports "I tried this"; once the correspondent has published
the report, the practice page sums it up.
"""

from django.contrib.auth.models import User

import pytest
from PIL import Image

from practices.services.site import site_structure_ensure
from tests.factories import region_claiming

TITLE = "Half-moons on the crusted plateau"


@pytest.fixture
def region(transactional_db):
    site_structure_ensure()
    correspondent = User.objects.create_user(
        "aminata", "aminata@example.org", "sahel-review-2026", first_name="Aminata"
    )
    sahel = region_claiming(name="Sahel", slug="sahel", countries=["NE", "ML", "BF"])
    sahel.correspondents.add(correspondent)
    return sahel


def jpeg(tmp_path) -> str:
    path = tmp_path / "half-moons.jpg"
    Image.new("RGB", (640, 480), (150, 100, 40)).save(path, "JPEG")
    return str(path)


def sign_up(page, url: str, name: str, email: str) -> None:
    page.goto(f"{url}/en/accounts/signup/")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("crusted-soil-2026")
    page.get_by_label("Preferred language").select_option("en")
    page.get_by_role("button", name="Create my account").click()
    assert "/accounts/farm/" in page.url  # the welcome asks for the farm


def describe_farm(page) -> None:
    page.get_by_label("Country").select_option("NE")
    page.get_by_label("Nearest town").fill("Maradi")
    page.get_by_label("Topsoil texture").select_option("coarse")
    page.get_by_label("Water supply").select_option("rainfed")
    page.get_by_role("button", name="Save my farm").click()
    assert "Your farm is saved" in page.get_by_role("status").all_inner_texts()[0] or (
        "Your farm is saved" in page.content()
    )


def admin_act(page, url: str, object_url: str, action: str, comment: str = "") -> None:
    """Open the object in the Wagtail admin and take a workflow action from its footer."""
    page.goto(url + object_url)
    page.get_by_role("button", name="More actions").click()
    if not comment:
        with page.expect_navigation():
            page.get_by_role("button", name=action).click()
        return
    page.get_by_role("button", name=action).click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("the farmer reads it").fill(comment)  # "What to change (…)", "Reason (…)"
    with page.expect_navigation():  # the admin goes back to the dashboard once done
        dialog.get_by_role("button", name=action).click()


def test_share_review_publish_find_and_report(live_server, browser, region, tmp_path, artifacts):
    url = live_server.url
    phone = {"viewport": {"width": 390, "height": 844}}
    farmer = browser.new_context(**phone).new_page()
    reviewer = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    second = browser.new_context(**phone).new_page()
    for page in (farmer, reviewer, second):
        page.set_default_timeout(20_000)

    # A farmer joins, describes her farm and shares a practice with a photo.
    sign_up(farmer, url, "Awa", "awa@example.org")
    describe_farm(farmer)
    farmer.goto(f"{url}/en/accounts/share-a-practice/")
    assert farmer.get_by_label("Country").input_value() == "NE"  # from her farm
    farmer.get_by_label("Title").fill(TITLE)
    farmer.get_by_label("What you did and why").fill("We dug half-moons to catch the runoff.")
    farmer.get_by_label("Steps").fill("Mark the contour lines\nDig the half-moons")
    farmer.get_by_label("Water harvesting").check()
    farmer.get_by_label("Nearest town").fill("Maradi")
    farmer.get_by_label("Outcome").select_option("worked")
    farmer.get_by_label("Photos").set_input_files(jpeg(tmp_path))
    farmer.get_by_role("button", name="Send for review").click()
    assert "/accounts/" in farmer.url
    assert "In review" in farmer.locator(".submissions").inner_text()

    # The correspondent of the Sahel finds it in her review queue and asks for a change.
    reviewer.goto(f"{url}/admin/login/")
    reviewer.get_by_label("Username").fill("aminata")
    reviewer.get_by_label("Password").fill("sahel-review-2026")
    reviewer.get_by_role("button", name="Sign in").click()
    queue = reviewer.locator("section", has_text="Awaiting your review")
    queue.get_by_role("link", name=TITLE).first.click()
    edit_url = reviewer.url.removeprefix(url)
    admin_act(reviewer, url, edit_url, "Request changes", "How deep are the half-moons?")

    # The farmer reads the comment, changes the practice and sends it again.
    farmer.goto(f"{url}/en/accounts/")
    assert "How deep are the half-moons?" in farmer.locator(".submissions").inner_text()
    farmer.get_by_role("link", name="Edit and send again").click()
    farmer.get_by_label("Steps").fill(
        "Mark the contour lines\nDig the half-moons 30 cm deep\nPut manure in each"
    )
    farmer.get_by_role("button", name="Send for review").click()
    assert "In review" in farmer.locator(".submissions").inner_text()

    # The correspondent approves: the practice is published.
    admin_act(reviewer, url, edit_url, "Approve and publish")
    farmer.goto(f"{url}/en/accounts/")
    farmer.get_by_role("link", name=TITLE).click()
    assert farmer.get_by_role("heading", name=TITLE).is_visible()
    assert "30 cm deep" in farmer.content()
    assert farmer.locator("figure img").count() == 1  # her photo
    practice_url = farmer.url

    # Found by search, and by "farms like mine" (which starts from her farm).
    farmer.goto(f"{url}/en/search/")
    farmer.get_by_label("Words").fill("half-moons")
    farmer.get_by_role("button", name="Search").click()
    # In the results' list (the map beside it links the same practice).
    assert farmer.locator(".cards").get_by_role("link", name=TITLE).is_visible()
    farmer.goto(f"{url}/en/farms-like-mine/")
    assert farmer.locator(".cards").get_by_role("link", name=TITLE).is_visible()
    farmer.screenshot(path=str(artifacts / "journey-farms-like-mine.png"), full_page=True)

    # A second farmer, near Zinder, tried it and says so.
    sign_up(second, url, "Issa", "issa@example.org")
    describe_farm(second)
    second.goto(practice_url)
    assert "Nobody has reported trying it yet." in second.content()
    second.get_by_role("link", name="I tried this").click()
    second.get_by_label("How did it go?").select_option("worked")
    second.get_by_label("What happened").fill("The sorghum stood through the dry spell.")
    second.get_by_label("For how many years?").fill("2")
    second.get_by_role("button", name="Send my report").click()
    assert "Your report is with the correspondents" in second.content()

    # The correspondent publishes the report from her queue.
    reviewer.goto(f"{url}/admin/")
    queue = reviewer.locator("section", has_text="Awaiting your review")
    queue.get_by_role("link", name=TITLE).first.click()
    admin_act(reviewer, url, reviewer.url.removeprefix(url), "Approve and publish")

    second.goto(practice_url)
    summary = second.locator(".tried").inner_text()
    assert "1 farmer tried it; it worked for 1." in summary
    assert "In conditions like yours: 1 farmer tried it; it worked for 1." in summary
    assert "The sorghum stood through the dry spell." in summary
    second.screenshot(path=str(artifacts / "journey-practice.png"), full_page=True)
