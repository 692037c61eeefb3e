"""Playwright driving Debian's chromium (never `playwright install`) against a live server."""

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE.parents[1] / "test-artifacts"


@pytest.hookimpl(tryfirst=True)  # before `-m browser` selects and pytest-django orders by them
def pytest_collection_modifyitems(items):
    """Every test here is a browser test against a live server, so its database is committed
    for real; serialized_rollback: live-server tests flush the database, this restores what
    migrations created (the site, its home page, the locales) for the next test."""
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


PHONE = {"width": 360, "height": 740}  # the smallest screen the site is made for


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls from
    # a thread with a running loop unless told that this is deliberate (browser tests only).
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        pytest.fail(f"Browser tests need Debian's chromium at {CHROMIUM} (make test installs it).")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    """A 360 px phone (the house's smallest screen)."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# Fixtures shared with other suites: the same small world of practices; a farmer's draft sent
# back to her with its video and voice note.
from tests.practices.reach.conftest import changes_requested, clips  # noqa: E402, F401
from tests.practices.reach.test_video_kept import video_sent_back  # noqa: E402, F401
from tests.search.conftest import world  # noqa: E402, F401
