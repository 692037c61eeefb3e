"""The dashboard's page, API and exports over the small corpus: the same numbers everywhere,
drafts nowhere, pages in three languages without JavaScript, and within the weight budget."""

import csv
import io
import re

from django.test import Client

from wagtail.models import Locale

import pytest
from openpyxl import load_workbook

from practices.impact.dashboard.presentation import COLUMNS
from practices.impact.models import CountryAction

BREAKDOWN_KEYS = ("country", "region", "category", "year")


@pytest.fixture
def actions(corpus):

    english, french = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="fr")
    niger = CountryAction.objects.create(
        locale=english, country="NE", name="Zaï for all", beneficiaries=5000, hectares=9000.0,
        categories=["water-harvesting"], ndc_soil_carbon="yes", year=2024,
    )  # fmt: skip
    CountryAction.objects.create(
        locale=french, translation_key=niger.translation_key, country="NE", name="Zaï pour tous",
        beneficiaries=5000, hectares=9000.0, categories=["water-harvesting"], year=2024,
    )  # fmt: skip
    return niger


def api(client, query=""):
    response = client.get(f"/api/v1/dashboard{query}")
    assert response.status_code == 200
    return response.json()


@pytest.mark.django_db
def test_api_gives_the_totals_and_country_actions_apart(corpus, actions):
    data = api(Client())
    assert data["totals"]["practices"] == 4
    assert data["totals"]["farmers"] == 12 + 5 + 40 + 3
    assert data["totals"]["hectares"] == 15.5
    assert {row["key"] for row in data["by_country"]} == {"NE", "KE", "BF"}
    # The country's own programme is listed, once, and never added to the practices' farmers.
    assert [a["name"] for a in data["country_actions"]] == ["Zaï for all"]
    assert data["totals"]["farmers"] < 5000
    kenya = api(Client(), "?country=ke")
    assert kenya["filters"]["country"] == "KE" and kenya["country_actions"] == []
    assert kenya["totals"]["farmers"] == 40


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "field"),
    [("?country=XX", "country"), ("?region=atlantis", "region"), ("?category=nope", "category")],
)
def test_api_refuses_unknown_filters_with_the_field(libraries, query, field):
    response = Client().get(f"/api/v1/dashboard{query}")
    assert response.status_code == 400
    assert response.json()["field"] == field and response.json()["error"]


def _number(value: str):
    return None if value == "" else float(value)


@pytest.mark.django_db
def test_xlsx_and_csv_hold_the_apis_numbers(corpus, actions):
    client = Client()
    data = api(client, "?region=" + corpus["zai"].region.slug)
    expected = {"totals": [data["totals"]], **{k: data[f"by_{k}"] for k in BREAKDOWN_KEYS}}
    query = "?region=" + corpus["zai"].region.slug

    response = client.get("/en/dashboard/export.xlsx" + query)
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    sheets = workbook.worksheets
    assert len(sheets) == 7  # totals, four breakdowns, country actions, method
    for sheet, name in zip(sheets[:5], expected, strict=True):
        rows = list(sheet.iter_rows(values_only=True))
        assert list(rows[0]) == COLUMNS
        got = [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]
        assert got == expected[name], name
    actions_sheet = list(sheets[5].iter_rows(values_only=True))
    assert actions_sheet[1][1] == "Zaï for all"

    response = client.get("/en/dashboard/export.csv" + query)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    for name, records in expected.items():
        got = [row for row in rows if row["breakdown"] == name]
        assert len(got) == len(records)
        for row, record in zip(got, records, strict=True):
            for column in COLUMNS:
                if column in ("key", "label"):
                    assert row[column] == ("" if record[column] is None else str(record[column]))
                else:
                    assert _number(row[column]) == record[column], (name, column)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_page_in_each_language_without_javascript_and_small(corpus, actions, language):
    response = Client().get(f"/{language}/dashboard/?metric=t_c_yr")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert "<script" not in html
    assert len(response.content) < 150 * 1024
    assert html.count('<svg viewBox="0 0') == 4 and "<title" in html  # the four bar charts
    # The map of countries, with the same figures listed beside it.
    assert html.count('class="country-choropleth"') == 1 and 'id="dashboard-map-list"' in html
    assert "Zaï pour tous" in html if language == "fr" else "Zaï for all" in html
    assert corpus["draft"].title not in html
    # Every chart's bars are labelled in text, not only drawn.
    assert re.search(r"<text[^>]*>Niger</text>|<text[^>]*>Níger</text>", html)


@pytest.mark.django_db
def test_page_keeps_a_bad_filter_and_says_why(corpus):
    response = Client().get("/en/dashboard/?country=ZZ&category=cover-crops")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and "ZZ" in html


@pytest.mark.django_db
def test_page_shows_a_practice_once_published(corpus):
    client = Client()
    before = api(client)["totals"]["practices"]
    client.get("/en/dashboard/")  # cached now
    draft = corpus["draft"]
    draft.save_revision().publish()
    assert api(client)["totals"]["practices"] == before + 1


def _page_practices(client) -> int:
    html = client.get("/en/dashboard/").content.decode()
    return int(re.search(r"<strong>([\d,]+)</strong> practices", html)[1].replace(",", ""))


@pytest.mark.django_db
def test_the_cached_page_changes_on_the_next_request_after_a_publication(corpus):
    client = Client()
    before = _page_practices(client)
    assert _page_practices(client) == before  # read from the cache this time
    draft = corpus["draft"]
    draft.save_revision().publish()
    assert _page_practices(client) == before + 1
    draft.refresh_from_db()
    draft.unpublish()
    assert _page_practices(client) == before
