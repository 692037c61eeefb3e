"""The dashboard in a phone's browser with JavaScript off, in French and Spanish: the filter
form works, nothing overflows the 360 px screen, the charts and tables are there."""

import pytest

from practices.demo.corpus import demo_load


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 800}, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(("language", "heading", "show"), [
    ("fr", "Tableau de bord", "Afficher"),
    ("es", "Panel", "Mostrar"),
])  # fmt: skip
def test_dashboard_without_javascript_on_a_phone(
    live_server, phone, artifacts, language, heading, show
):
    demo_load(practices=40, translated=4)
    phone.goto(f"{live_server.url}/{language}/dashboard/")
    assert heading in phone.locator("h1").inner_text()
    assert phone.locator("figure.chart svg").count() == 4
    phone.screenshot(path=artifacts / f"dashboard-{language}-360.png", full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    # The filter form is a plain GET form.
    phone.select_option("select[name=category]", index=1)
    phone.get_by_role("button", name=show).click()
    assert "category=" in phone.url
    assert phone.locator("select[name=category] option:checked").inner_text()
    phone.screenshot(path=artifacts / f"dashboard-{language}-360-filtered.png", full_page=False)
