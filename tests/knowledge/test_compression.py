"""Compressed HTML (knowledge/compression.py): text is gzipped for clients that accept it;
uploads (images, video) are passed through untouched, keeping their length and byte ranges."""

from django.http import FileResponse, HttpResponse
from django.test import RequestFactory

import pytest

from knowledge.compression import TextGZipMiddleware

PAGE = "<p>" + "Zaï pits catch the first rains. " * 50 + "</p>"


@pytest.fixture
def request_gzip():
    return RequestFactory().get("/en/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")


def middleware(response):
    return TextGZipMiddleware(lambda request: response)


def test_html_is_gzipped_for_a_client_that_accepts_it(request_gzip):
    response = middleware(HttpResponse(PAGE))(request_gzip)
    assert response["Content-Encoding"] == "gzip"
    assert int(response["Content-Length"]) < len(PAGE) / 4
    assert "Accept-Encoding" in response["Vary"]


def test_json_is_gzipped(request_gzip):
    response = middleware(HttpResponse("[" + "1," * 500 + "1]", "application/json"))(request_gzip)
    assert response["Content-Encoding"] == "gzip"


def test_an_upload_is_passed_through(request_gzip, tmp_path):
    photo = tmp_path / "zai.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    response = middleware(FileResponse(photo.open("rb"), content_type="image/jpeg"))(request_gzip)
    assert not response.has_header("Content-Encoding")
    assert response["Content-Length"] == str(photo.stat().st_size)
    response.file_to_stream.close()  # response.close() would signal request_finished (the DB)
