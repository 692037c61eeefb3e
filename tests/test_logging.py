"""Errors leave a trace: an unhandled exception behind a real URL writes one timestamped line
and its traceback to stderr (the handler LOGGING sets up); answers in the 4xx range, which a
bot can send by thousands, write nothing."""

import io
import logging
import re

from django.test import Client

import pytest

TIMESTAMP = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}"


@pytest.fixture
def stderr_log():
    """What the configured stderr handler writes during the test."""
    (handler,) = [h for h in logging.getLogger().handlers if h.get_name() == "stderr"]
    written = io.StringIO()
    previous = handler.setStream(written)
    yield written
    handler.setStream(previous)


def _boom(*args, **kwargs):
    raise RuntimeError("the derivation data could not be read")


def test_an_unhandled_exception_writes_a_timestamped_line_and_its_traceback(
    libraries, monkeypatch, stderr_log
):
    monkeypatch.setattr("practices.views.accounts.SignUpView.get", _boom)
    response = Client(raise_request_exception=False).get("/en/accounts/signup/")
    assert response.status_code == 500

    lines = stderr_log.getvalue().splitlines()
    assert re.fullmatch(
        rf"{TIMESTAMP} ERROR django\.request \[\d+\] Internal Server Error: /en/accounts/signup/",
        lines[0],
    ), lines
    assert lines[1] == "Traceback (most recent call last):"
    assert lines[-1] == "RuntimeError: the derivation data could not be read"


def test_not_found_bad_requests_and_rate_limits_write_nothing(libraries, settings, stderr_log):
    settings.ALLOWED_HOSTS = ["testserver"]
    client = Client(REMOTE_ADDR="203.0.113.7")
    assert client.get("/en/no-such-page/").status_code == 404
    assert client.get("/api/v1/practices/search", {"page": "x"}).status_code == 400
    for _post in range(101):
        response = client.post("/en/accounts/signup/", {"email": "not-an-email"})
    assert response.status_code == 429
    assert client.get("/", HTTP_HOST="scanner.example").status_code == 400  # a made-up host
    assert stderr_log.getvalue() == ""


def test_our_own_messages_are_written(stderr_log):
    logging.getLogger("search.engine.elasticsearch.outbox").info("delivered 3 changes")
    assert re.fullmatch(
        rf"{TIMESTAMP} INFO search\.engine\.elasticsearch\.outbox \[\d+\] delivered 3 changes\n",
        stderr_log.getvalue(),
    )
