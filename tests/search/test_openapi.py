"""The OpenAPI description validates and names every route of the API, with real answers."""

import json

from django.test import Client

from openapi_spec_validator import validate

from search.open_data import practice_open_record

ROUTES = {
    "/api/v1/practices/search", "/api/v1/practices/similar", "/api/v1/practices/{id}",
    "/api/v1/practices/{id}/similar", "/api/v1/practices/{id}/carbon", "/api/v1/carbon/estimate",
    "/api/v1/dashboard", "/api/v1/exports/terroir-practices.{format}", "/api/v1/openapi.json",
}  # fmt: skip


def test_the_description_is_valid_openapi_3_1_and_covers_every_route(db):
    response = Client().get("/api/v1/openapi.json", HTTP_ORIGIN="https://example.org")
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    spec = json.loads(response.content)
    validate(spec)  # raises on any error of the OpenAPI 3.1 schema
    assert spec["openapi"] == "3.1.0"
    assert set(spec["paths"]) == ROUTES


def test_a_real_record_has_the_described_required_fields(world):
    spec = json.loads(Client().get("/api/v1/openapi.json").content)
    record = practice_open_record(practice_id=world["india"].pk, absolute=lambda path: path)
    assert set(spec["components"]["schemas"]["Practice"]["required"]) <= set(record)
    result = json.loads(Client().get("/api/v1/practices/search").content)
    summary = spec["components"]["schemas"]["PracticeSummary"]
    assert set(summary["properties"]) == set(result["results"][0])
