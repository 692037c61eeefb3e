"""A farmer searches, narrows with a facet and widens again; then asks for farms like hers."""


def test_search_click_a_facet_then_remove_it(live_server, page, world, artifacts):
    page.goto(f"{live_server.url}/en/search/")
    page.get_by_label("Words").fill("zai stone")
    page.get_by_role("button", name="Search").click()
    assert page.get_by_role("status").inner_text() == "0 results"
    page.get_by_label("Words").fill("")
    page.get_by_role("button", name="Search").click()
    assert page.get_by_role("status").inner_text() == "4 results"

    page.locator(".facets").get_by_role("link", name="Water harvesting").click()
    assert page.get_by_role("status").inner_text() == "2 results"
    results = page.locator(".cards")  # the list (the map beside it links the same practices)
    assert results.get_by_role("link", name="Stone lines in the sertão").is_visible()
    assert not results.get_by_role("link", name="Cover crops in Normandy").is_visible()

    page.get_by_role("link", name="Remove Practice: Water harvesting").click()
    assert page.get_by_role("status").inner_text() == "4 results"
    page.screenshot(path=str(artifacts / "search.png"), full_page=True)


def test_farms_like_mine_in_the_sahel(live_server, page, world, artifacts):
    page.goto(f"{live_server.url}/en/farms-like-mine/")
    page.get_by_label("Country").select_option("NE")
    page.get_by_label("Nearest town").fill("Maradi")
    page.get_by_label("Topsoil texture").select_option("coarse")
    page.get_by_label("Water supply").select_option("rainfed")
    page.get_by_role("button", name="Find farms like mine").click()

    assert "BSh" in page.locator(".conditions").inner_text()
    top = page.locator(".cards h3").all_inner_texts()[:2]
    assert "Zaï pits in the Deccan" in top  # semi-arid, another continent
    assert page.locator(".cards .why").first.is_visible()
    page.screenshot(path=str(artifacts / "farms-like-mine.png"), full_page=True)
