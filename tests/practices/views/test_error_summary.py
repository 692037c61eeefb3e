"""A refused public form starts with a summary of what to correct, linking to each field, and
every aria-describedby of its fields names an element that is on the page."""

from django.test import Client

import pytest
from bs4 import BeautifulSoup

from tests.factories import PracticePageFactory, member_client


def refused(response) -> BeautifulSoup:
    assert response.status_code in (200, 400), response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def assert_summary_links_fields(soup: BeautifulSoup, fields: list[str]) -> None:
    summary = soup.find(id="error-summary")
    assert summary is not None, "no error summary"
    assert summary["role"] == "alert" and summary["tabindex"] == "-1"
    form = summary.find_parent("form")
    assert form.find(class_="field") in summary.find_all_next(class_="field"), "summary first"
    targets = [a["href"] for a in summary.find_all("a")]
    for name in fields:
        assert f"#id_{name}" in targets, (name, targets)
    for target in targets:
        assert soup.find(id=target[1:]) is not None, f"{target} links to nothing"
    for element in soup.find_all(attrs={"aria-describedby": True}):
        for ref in element["aria-describedby"].split():
            assert soup.find(id=ref) is not None, f"aria-describedby {ref} names nothing"


@pytest.mark.django_db
def test_sign_up_refused_lists_each_field(libraries):
    soup = refused(Client().post("/en/accounts/signup/", {"email": "not-an-email"}))
    assert_summary_links_fields(soup, ["name", "email", "password"])


@pytest.mark.django_db
def test_share_refused_lists_each_field_even_the_checkboxes(libraries):
    farmer = member_client("awa@example.org")
    soup = refused(farmer.post("/en/accounts/share-a-practice/", {"language": "en"}))
    assert_summary_links_fields(soup, ["title", "summary", "categories", "outcome"])


@pytest.mark.django_db
def test_report_question_and_farm_refused(libraries):
    practice = PracticePageFactory(parent=libraries["en"], country="NE")
    farmer = member_client("awa@example.org")
    soup = refused(farmer.post(f"/en/accounts/tried/{practice.pk}/", {}))
    assert_summary_links_fields(soup, ["outcome"])
    soup = refused(farmer.post(f"/en/accounts/ask/{practice.pk}/", {"text": ""}))
    assert_summary_links_fields(soup, ["text"])
    soup = refused(farmer.post("/en/accounts/farm/", {"latitude": "95", "longitude": "2"}))
    assert_summary_links_fields(soup, ["latitude"])


@pytest.mark.django_db
def test_farms_like_mine_refused_in_french(libraries):
    soup = refused(Client().get("/fr/farms-like-mine/", {"latitude": "95", "longitude": "2"}))
    assert_summary_links_fields(soup, ["latitude"])
    assert "Veuillez corriger" in soup.find(id="error-summary").get_text()
