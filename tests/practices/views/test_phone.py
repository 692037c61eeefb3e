"""Issue 13's page fixes, seen through the real URLs (the 360 px checks are in
tests/browser/test_phone.py)."""

from django.test import Client

import pytest
from bs4 import BeautifulSoup

from home.models import StandardPage
from practices.demo.corpus import demo_load
from practices.models import PracticePage
from tests.factories import PracticePageFactory, member_client
from tests.search.conftest import world  # noqa: F401 - the same small world of practices


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.django_db
def test_share_a_practice_on_home_library_and_practice(libraries):
    practice = PracticePageFactory(parent=libraries["fr"], country="NE")
    farmer = member_client("awa@example.org")
    for url in ("/fr/", libraries["fr"].url, practice.url):
        anonymous = soup_of(Client().get(url)).find("a", string="Partager une pratique")
        assert anonymous["href"] == "/fr/accounts/signup/?next=/fr/accounts/share-a-practice/"
        member = soup_of(farmer.get(url)).find("a", string="Partager une pratique")
        assert member["href"] == "/fr/accounts/share-a-practice/"
    signup = Client().get("/fr/accounts/signup/?next=/fr/accounts/share-a-practice/")
    assert 'name="next" value="/fr/accounts/share-a-practice/"' in signup.content.decode()


@pytest.mark.slow
@pytest.mark.django_db
def test_the_demo_how_to_page_links_to_pages_that_exist(libraries):
    demo_load(practices=12, translated=3)
    farmer = member_client("awa@example.org")
    for page in StandardPage.objects.live():
        links = [a["href"] for a in soup_of(Client().get(page.url)).select("main a[href^='/']")]
        for link in links:
            assert farmer.get(link).status_code == 200, (page.url, link)
    how_to = StandardPage.objects.live().get(slug="contribute", locale__language_code="es")
    assert "/es/accounts/share-a-practice/" in Client().get(how_to.url).content.decode()
    assert PracticePage.objects.live().exists()


@pytest.mark.django_db
def test_comparable_conditions_compare_with_the_practice_and_name_the_outcome(world):  # noqa: F811
    soup = soup_of(Client().get(world["india"].url))
    section = soup.find(id="comparable-title").find_parent("section")
    text = section.get_text(" ", strip=True)
    assert "for this practice" in text and "yours" not in text
    brazil = section.find("a", string="Stone lines in the sertão").find_parent("li")
    assert brazil.select_one(".badge-did_not_work").get_text(strip=True) == "Did not work"


@pytest.mark.django_db
def test_a_language_without_the_page_says_so_on_its_home(world):  # noqa: F811
    soup = soup_of(Client().get(world["india"].url))
    french = soup.select_one(".languages a[hreflang=fr]")["href"]
    assert french == "/fr/?untranslated=1"
    home = soup_of(Client().get(french)).get_text(" ", strip=True)
    assert "n'est pas traduite" in home
    assert "pas traduite" not in soup_of(Client().get("/fr/")).get_text(" ", strip=True)
