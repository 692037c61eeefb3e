import socket

import pytest

from search.engine.elasticsearch.breaker import breaker
from tests.contract.recorder import Recorder, Stalled
from tests.search.conftest import world  # noqa: F401 - the same pages as the behaviour tests


@pytest.fixture
def recorder(settings):
    """The engine pointed at a loopback recorder; every request it sent must match Elastic's
    request specification (checked after the test, whatever it asserted)."""
    with Recorder() as recording:
        settings.ELASTICSEARCH_URLS = [recording.url]
        settings.ELASTICSEARCH_INDEX_PREFIX = "terroir"
        breaker.reset()
        yield recording
    breaker.reset()
    assert recording.violations() == []


@pytest.fixture
def nowhere(settings):
    """Elasticsearch configured but down: a loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.ELASTICSEARCH_URLS = [f"http://127.0.0.1:{port}"]
    breaker.reset()
    yield settings.ELASTICSEARCH_URLS[0]
    breaker.reset()


@pytest.fixture
def stalled(settings):
    """Elasticsearch configured but stalled: it accepts connections and never answers."""
    with Stalled() as server:
        settings.ELASTICSEARCH_URLS = [server.url]
        breaker.reset()
        yield server
    breaker.reset()
