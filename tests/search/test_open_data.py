"""Open data: one practice's record, counting a practice once, CORS on the API only."""

import json

from django.test import Client

from wagtail.models import Locale

from practices.services.interchange import COLUMNS


def get(url, **params):
    response = Client().get(url, params)
    return response, json.loads(response.content)


def test_a_practice_is_its_full_record_with_key_dates_and_translations(world):
    france = world["france"]
    french = france.get_translation(Locale.objects.get(language_code="fr"))
    french.save_revision().publish()
    response, data = get(f"/api/v1/practices/{france.pk}")
    assert response.status_code == 200
    assert set(COLUMNS) <= set(data)  # the interchange format's fields, not retyped
    assert data["title"] == "Cover crops in Normandy" and data["categories"] == ["cover-crops"]
    assert data["latitude"] == 49.18 and data["rainfall_mm"] == 800
    assert data["translation_key"] == str(france.translation_key)
    assert data["url"].startswith("http://testserver/en/")
    assert data["first_published_at"] and data["last_published_at"]
    assert data["translations"] == {
        "fr": {"id": french.pk, "url": f"http://testserver{french.get_url()}"}
    }


def test_drafts_private_and_unknown_practices_are_json_404s(world):
    for practice_id in (world["draft"].pk, 999999):
        response, data = get(f"/api/v1/practices/{practice_id}")
        assert response.status_code == 404 and data["error"] == "not found"


def test_count_once_per_practice_matches_the_site(world):
    france = world["france"]
    france.get_translation(Locale.objects.get(language_code="fr")).get_latest_revision().publish()
    _response, every = get("/api/v1/practices/search", koppen="Cfb")
    assert every["total"] == 3  # the French translation is a record of its own
    assert len({r["translation_key"] for r in every["results"]}) == 2
    _response, once = get("/api/v1/practices/search", koppen="Cfb", one_per_practice="fr")
    assert once["total"] == 2
    assert "Couverts" in {r["title"][:8] for r in once["results"]}
    page = Client().get("/fr/search/", {"koppen": "Cfb"}).content.decode()
    assert "2 résultats" in page
    response, data = get("/api/v1/practices/search", one_per_practice="de")
    assert response.status_code == 400 and data["field"] == "one_per_practice"


def test_the_api_answers_any_origin_for_reading_only(world):
    client = Client()
    origin = {"HTTP_ORIGIN": "https://example.org"}
    response = client.get("/api/v1/practices/search", **origin)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        "/api/v1/practices/search", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET", **origin
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_the_site_gives_no_cors_header(world):
    origin = {"HTTP_ORIGIN": "https://example.org"}
    assert "Access-Control-Allow-Origin" not in Client().post("/en/search/", **origin)
    assert "Access-Control-Allow-Origin" not in Client().get("/en/search/", **origin)
