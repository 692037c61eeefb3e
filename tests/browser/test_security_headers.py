"""The Content-Security-Policy and Permissions-Policy as Chromium applies them: public pages
and the admin (dashboard, page editor, image upload, Django's admin) work under them, with no
violation and no complaint about the headers in the console."""

from django.contrib.auth import get_user_model

import pytest
from PIL import Image

from tests.factories import PracticeCategoryFactory, PracticePageFactory

PASSWORD = "loam-and-clay-42"


@pytest.fixture
def practice(libraries):
    category = PracticeCategoryFactory(slug="water-harvesting", name="Water harvesting")
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    return PracticePageFactory(parent=libraries["en"], title="Zaï pits for sorghum",
                               categories=[category])  # fmt: skip


def watch(page) -> list[str]:
    """Console messages about a policy: a refused script, style, image, frame or form, or a
    header Chromium could not read."""
    seen = []

    def keep(message):
        text = message.text
        if "Content Security Policy" in text or "Permissions-Policy" in text:
            seen.append(f"{page.url}: {text}")

    page.on("console", keep)
    return seen


def test_public_pages_show_no_policy_violation(live_server, page, practice):
    violations = watch(page)
    for path in ("/en/", practice.url, "/en/search/?q=pits", "/fr/accounts/signup/",
                 "/en/accounts/login/", "/en/no-such-page/"):  # fmt: skip
        response = page.goto(f"{live_server.url}{path}")
        assert "script-src 'none'" in response.headers["content-security-policy"]
        assert "camera=()" in response.headers["permissions-policy"]
    # A page with a location fieldset runs this site's "use my location" script, and only it.
    response = page.goto(f"{live_server.url}/en/farms-like-mine/")
    assert "script-src 'self';" in response.headers["content-security-policy"]
    assert "geolocation=(self)" in response.headers["permissions-policy"]
    assert "camera=()" in response.headers["permissions-policy"]
    page.goto(f"{live_server.url}/en/accounts/signup/")
    honeypot = page.locator(".hp")  # hidden by the stylesheet, which the policy lets load
    assert honeypot.evaluate("element => getComputedStyle(element).left") == "-10000px"
    assert violations == []


def test_the_admin_works_under_its_policy(live_server, browser, practice, tmp_path):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(20_000)
    violations = watch(page)
    url = live_server.url

    page.goto(f"{url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{url}/admin/")
    page.locator(".sidebar-main-menu").wait_for()  # drawn by the admin's scripts

    # The page editor: its scripts run (the tabs and the rich text editor render).
    page.goto(f"{url}/admin/pages/{practice.pk}/edit/")
    page.get_by_role("tab", name="Content").wait_for()
    page.locator(".c-sf-add-button").first.wait_for()  # the StreamField, drawn by telepath
    page.get_by_role("button", name="Choose an image").click()  # a chooser modal, loaded by fetch
    page.locator(".modal-content").get_by_role("heading", name="Choose an image").wait_for()

    # Several images at once: previews of the chosen files (blob:) and uploads by fetch.
    photo = tmp_path / "zai.png"
    Image.new("RGB", (64, 48), (160, 110, 60)).save(photo)
    page.goto(f"{url}/admin/images/multiple/add/")
    page.locator("input[type=file]").set_input_files(photo)
    page.locator(".status-msg.success").wait_for()

    page.goto(f"{url}/django-admin/")
    page.get_by_role("link", name="Groups").wait_for()
    assert violations == []
