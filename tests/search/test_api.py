"""The public JSON API v1 (DESIGN.md): shape, errors, hostile input."""

import json
import time

from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SUMMARY_KEYS = {"id", "url", "title", "language", "country", "koppen", "rainfall_mm",
                "soil_group", "categories", "outcome", "evidence", "translation_key", "summary",
                "latitude", "longitude", "first_published_at", "last_published_at"}  # fmt: skip


def get(url, **params):
    response = Client().get(url, params)
    return response, json.loads(response.content)


def test_search_contract(world):
    response, data = get("/api/v1/practices/search", q="zai", page_size=10)
    assert response.status_code == 200
    assert set(data) == {"total", "page", "results", "facets", "engine", "fallback"}
    assert data["engine"] == "embedded" and data["fallback"] is False
    assert data["total"] == 1 and data["page"] == 1
    assert set(data["results"][0]) == SUMMARY_KEYS
    assert data["results"][0]["categories"] == ["water-harvesting"]
    assert {"value": "IN", "label": "India", "count": 1} in data["facets"]["country"]


def test_search_filters(world):
    _response, data = get("/api/v1/practices/search", koppen="B", outcome="did_not_work")
    assert [r["title"] for r in data["results"]] == ["Stone lines in the sertão"]
    _response, data = get("/api/v1/practices/search", rainfall_min=700, rainfall_max=1000)
    assert data["total"] == 2


def test_similar_contract_resolves_the_profile(world):
    response, data = get(
        "/api/v1/practices/similar", lat=13.51, lon=2.11, rainfall_mm=500, texture="coarse", limit=2
    )
    assert response.status_code == 200
    assert data["profile"]["country"] == "NE"
    assert data["profile"]["koppen"] == "BSh" and data["profile"]["koppen_derived"]
    # What the reader gave is theirs; what they left blank comes from the coordinates, and
    # says from where.
    assert data["profile"]["rainfall_mm"] == 500 and not data["profile"]["rainfall_mm_derived"]
    assert data["profile"]["temperature_c_derived"] and data["profile"]["altitude_m_derived"]
    assert "ERA5" in data["profile"]["temperature_c_source"]
    assert 20 < data["profile"]["temperature_c"] < 35 and 100 < data["profile"]["altitude_m"] < 400
    assert len(data["results"]) == 2
    first = data["results"][0]
    derived_flags = {"country_derived", "koppen_derived", "rainfall_mm_derived"}
    assert set(first) == SUMMARY_KEYS | derived_flags | {
        "similarity", "why", "distance_km", "derived_sources"
    }  # fmt: skip
    assert first["distance_km"] > 1000  # the Deccan or the sertão, far from Niamey
    assert first["title"] in {"Zaï pits in the Deccan", "Stone lines in the sertão"}
    assert 0 < first["similarity"] <= 1
    assert first["why"]


def test_practice_similar_excludes_itself(world):
    india = world["india"]
    response, data = get(f"/api/v1/practices/{india.pk}/similar", limit=3)
    assert response.status_code == 200
    assert india.pk not in [r["id"] for r in data["results"]]
    assert data["results"][0]["title"] == "Stone lines in the sertão"


def test_a_draft_has_no_similar_endpoint(world):
    response, data = get(f"/api/v1/practices/{world['draft'].pk}/similar")
    assert response.status_code == 404
    assert data["error"]


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        ("/api/v1/practices/search", {"q": "x" * 100_000}, "q"),
        ("/api/v1/practices/search", {"koppen": "Xyz"}, "koppen"),
        ("/api/v1/practices/search", {"rainfall_min": "lots"}, "rainfall_min"),
        ("/api/v1/practices/search", {"rainfall_min": "nan"}, "rainfall_min"),
        (
            "/api/v1/practices/search",
            {"rainfall_min": "900", "rainfall_max": "100"},
            "rainfall_min",
        ),
        ("/api/v1/practices/search", {"page": "-1"}, "page"),
        ("/api/v1/practices/search", {"page_size": "100000"}, "page_size"),
        ("/api/v1/practices/search", {"country": "<script>"}, "country"),
        ("/api/v1/practices/search", {"category": "'; DROP TABLE"}, "category"),
        ("/api/v1/practices/similar", {"lat": "30", "lon": "-40"}, "lat"),
        ("/api/v1/practices/similar", {"lat": "13"}, "lon"),
        ("/api/v1/practices/similar", {"lat": "95", "lon": "0"}, "lat"),
        ("/api/v1/practices/similar", {"soil_group": "ZZ"}, "soil_group"),
        ("/api/v1/practices/similar", {"limit": "0"}, "limit"),
    ],
)
def test_bad_parameters_are_400_with_error_and_field(world, url, params, field):
    response, data = get(url, **params)
    assert response.status_code == 400
    assert data["field"] == field and data["error"]
    assert "<script>" not in data["error"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.dictionaries(
        st.sampled_from(
            [
                "q",
                "category",
                "koppen",
                "soil_group",
                "country",
                "region",
                "outcome",
                "language",
                "rainfall_min",
                "rainfall_max",
                "altitude_min",
                "altitude_max",
                "page",
                "page_size",
                "lat",
                "lon",
                "rainfall_mm",
                "temperature_c",
                "texture",
                "limit",
                "sort",
            ]
        ),
        st.one_of(
            st.text(max_size=60),
            st.integers(-(10**9), 10**9).map(str),
            st.floats(allow_nan=True).map(str),
            st.sampled_from(["BSh", "B", "AR", "NE", "worked", "fr", "(", '"', "*"]),
        ),
        max_size=6,
    ),
    endpoint=st.sampled_from(["search", "similar"]),
)
def test_generated_parameters_never_cause_a_500(world, params, endpoint):
    started = time.perf_counter()
    response = Client().get(f"/api/v1/practices/{endpoint}", params)
    assert response.status_code in (200, 400)
    assert (time.perf_counter() - started) < 0.5 or response.status_code == 400
    data = json.loads(response.content)
    assert (
        ("error" in data and "field" in data) if response.status_code == 400 else "results" in data
    )


@pytest.mark.parametrize(("lat", "lon"), [("-90", "0"), ("90", "180"), ("-90", "-180")])
def test_the_poles_and_the_date_line_answer_without_error(world, lat, lon):
    response, data = get("/api/v1/practices/similar", lat=lat, lon=lon)
    assert response.status_code in (200, 400), data


def test_an_id_beyond_any_database_is_a_404(world):
    response, _data = get("/api/v1/practices/99999999999999999999999/similar")
    assert response.status_code == 404


def test_resolved_profile_keeps_zero_values(world):
    _response, data = get("/api/v1/practices/similar", koppen="ET", altitude_m=0, rainfall_mm=0)
    assert data["profile"]["altitude_m"] == 0 and data["profile"]["rainfall_mm"] == 0
