"""The page editors offer categories, and the practices a tutorial explains, in the page's
language only, as checkboxes (issue 13: all three languages mixed, "Biochar" twice, and a list
box that needs ctrl-click)."""

from django.contrib.auth.models import User
from django.test import Client

import pytest
from bs4 import BeautifulSoup

from practices.models import PracticeCategory
from tests.factories import PracticePageFactory


@pytest.fixture
def admin(libraries) -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "x"))
    return client


def checkboxes(client, url: str, name: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert not soup.select(f"select[name={name}]"), "a list box is still there"
    inputs = soup.select(f"input[type=checkbox][name={name}]")
    return [soup.find("label", attrs={"for": i["id"]}).get_text(" ", strip=True) for i in inputs]


def test_a_french_tutorial_offers_french_categories_and_practices(admin, libraries):
    PracticePageFactory(parent=libraries["fr"], title="Zaï au Yatenga")
    PracticePageFactory(parent=libraries["en"], title="Zaï in Yatenga")
    url = f"/admin/pages/add/practices/tutorialpage/{libraries['fr'].pk}/"
    french = set(
        PracticeCategory.objects.filter(locale__language_code="fr").values_list("name", flat=True)
    )
    offered = checkboxes(admin, url, "categories")
    assert offered and set(offered) == french and len(offered) == len(french)
    assert offered.count("Biochar") == 1
    assert checkboxes(admin, url, "practices") == ["Zaï au Yatenga"]


def test_a_practice_page_offers_its_languages_categories(admin, libraries):
    practice = PracticePageFactory(parent=libraries["es"], title="Medias lunas")
    offered = checkboxes(admin, f"/admin/pages/{practice.pk}/edit/", "categories")
    spanish = PracticeCategory.objects.filter(locale__language_code="es")
    assert sorted(offered) == sorted(spanish.values_list("name", flat=True))
