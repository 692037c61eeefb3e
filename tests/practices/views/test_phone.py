"""Issue 13's page fixes, seen through the real URLs (the 360 px checks are in
tests/browser/test_phone.py)."""

from django.test import Client
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from home.models import StandardPage
from practices.demo.corpus import demo_load
from practices.models import PracticePage
from practices.upload_checks import filesizeformat
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
def test_the_demo_how_to_page_links_and_its_texts(libraries):
    demo_load(practices=12, translated=3)
    farmer = member_client("awa@example.org")
    for page in StandardPage.objects.live():
        links = [a["href"] for a in soup_of(Client().get(page.url)).select("main a[href^='/']")]
        for link in links:
            assert farmer.get(link).status_code == 200, (page.url, link)
    how_to = StandardPage.objects.live().get(slug="contribute", locale__language_code="es")
    assert "/es/accounts/share-a-practice/" in Client().get(how_to.url).content.decode()
    # Demo texts: one title per practice in each language, no wheat under another crop.
    practices = PracticePage.objects.live()
    titles = list(practices.values_list("locale_id", "title"))
    assert len(titles) == len(set(titles))
    assert not practices.filter(summary__icontains="blé sur blé").exists()
    assert not practices.filter(summary__icontains="wheat after wheat").exclude(
        title__icontains="wheat"
    )


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


@pytest.mark.django_db
def test_home_has_a_search_box_grouped_numbers_and_a_description(libraries):
    PracticePageFactory(parent=libraries["fr"], country="NE", farmers=5613, live=True)
    soup = soup_of(Client().get("/fr/"))
    search = soup.find("form", attrs={"role": "search"})
    assert search["action"] == "/fr/search/" and search.find("input", attrs={"name": "q"})
    figures = [li.strong.get_text() for li in soup.select(".stats li")]
    assert "5\u202f613" in figures or "5\xa0613" in figures, figures
    assert soup.find("meta", attrs={"name": "description"})["content"]


@pytest.mark.django_db
def test_practice_page_tags_link_photo_alt_and_description(libraries):
    practice = PracticePageFactory(parent=libraries["en"], contributor="Awa Diallo")
    practice.tags.add("zai")
    practice.save_revision().publish()
    soup = soup_of(Client().get(practice.url))
    assert soup.find("a", string="zai")["href"] == "/en/search/?q=zai"
    assert soup.find("meta", attrs={"name": "description"})["content"].startswith(
        practice.summary[:20]
    )
    levels = [int(h.name[1]) for h in soup.find_all(["h1", "h2", "h3", "h4"])]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels


@pytest.mark.django_db
def test_library_headings_do_not_jump(libraries):
    PracticePageFactory(parent=libraries["es"])
    soup = soup_of(Client().get(libraries["es"].url))
    levels = [int(h.name[1]) for h in soup.find_all(["h1", "h2", "h3"])]
    assert levels[:3] == [1, 2, 3], levels


@pytest.mark.django_db
def test_my_questions_on_the_account_page(libraries):
    practice = PracticePageFactory(parent=libraries["en"], title="Zaï in Tahoua")
    farmer = member_client("awa@example.org")
    farmer.post(f"/en/accounts/ask/{practice.pk}/", {"text": "How deep are the pits?"})
    soup = soup_of(farmer.get("/en/accounts/"))
    section = soup.find(id="my-questions").find_next("ul")
    assert "Zaï in Tahoua" in section.get_text() and "Waiting for approval" in section.get_text()


def test_sizes_in_one_unit_style_per_language():
    with translation.override("fr"):
        assert filesizeformat(8 * 1024 * 1024) == "8 Mo"
    with translation.override("es"):
        assert filesizeformat(int(1.5 * 1024 * 1024)) == "1,5 MB"


@pytest.mark.django_db
def test_search_results_headings_do_not_jump(world):  # noqa: F811
    soup = soup_of(Client().get("/en/search/", {"q": "zaï"}))
    levels = [int(h.name[1]) for h in soup.find_all(["h1", "h2", "h3"])]
    assert levels[:3] == [1, 2, 3], levels
