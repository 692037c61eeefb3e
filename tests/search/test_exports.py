"""The corpus exports: linked from the site, written off the request path, drafts never in."""

import csv
import io
import json

from django.test import Client, override_settings

import pytest

from search.exports import export_path, exports_rebuild


@pytest.fixture(autouse=True)
def media(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        yield tmp_path


def download(url) -> bytes:
    response = Client().get(url, HTTP_ORIGIN="https://example.org")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(
    ("language", "words"), [("fr", "Données ouvertes"), ("es", "Datos abiertos")]
)
def test_the_open_data_page_links_both_files_with_their_size(world, language, words):
    page = Client().get(f"/{language}/open-data/").content.decode()
    assert words in page
    assert 'href="/api/v1/exports/terroir-practices.csv"' in page
    assert 'href="/api/v1/exports/terroir-practices.json"' in page
    footer = Client().get(f"/{language}/search/").content.decode()
    assert f'href="/{language}/open-data/"' in footer


def test_exports_hold_every_live_practice_and_no_draft(world):
    rows = list(
        csv.DictReader(io.StringIO(download("/api/v1/exports/terroir-practices.csv").decode()))
    )
    titles = {row["title"] for row in rows}
    assert titles == {"Zaï pits in the Deccan", "Stone lines in the sertão",
                      "Cover crops in Normandy", "Clover in grassland"}  # fmt: skip
    records = json.loads(download("/api/v1/exports/terroir-practices.json"))
    assert {record["title"] for record in records} == titles
    assert "Secret" not in str(records)


def test_publishing_marks_the_files_out_of_date_and_the_task_rewrites_them(world):
    exports_rebuild.call()
    before = export_path("json").read_text()
    assert "Secret zaï draft" not in before
    world["draft"].save_revision().publish()
    assert not export_path("json").exists()  # stale: no worker here, the next download rebuilds
    assert "Secret zaï draft" in json.dumps(
        json.loads(download("/api/v1/exports/terroir-practices.json")), ensure_ascii=False
    )


def test_an_unknown_export_format_is_a_json_400(db):
    response = Client().get("/api/v1/exports/terroir-practices.xml")
    assert response.status_code == 400 and json.loads(response.content)["field"] == "format"
