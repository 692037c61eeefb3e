"""Concurrent writes through the real application server (issue 10, finding 3): 20 shares
with a photo, 20 sign-ups and 20 questions sent at the same moment all succeed, all stored,
no photo left orphaned. gunicorn runs as `make run` starts it (knowledge/gunicorn.conf.py,
2 workers x 4 threads) on a file SQLite database, with the test settings: rate limits off, since
every post comes from one address (tests/appserver.py)."""

from pathlib import Path

from django.conf import settings
from django.db import connection

import pytest

from tests.appserver import (
    AppServer,
    ask,
    at_once,
    database_copy,
    derived_grids,
    failures,
    members_seed,
    share,
    sign_up,
    stored,
)

# django_db: the session creates the migrated test database, which the server starts from.
pytestmark = [pytest.mark.slow, pytest.mark.django_db]
CLIENTS = 20


@pytest.fixture(scope="module")
def server(tmp_path_factory, django_db_setup, django_db_blocker):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's concurrent writes; PostgreSQL takes them without help")
    directory = tmp_path_factory.mktemp("appserver")
    with django_db_blocker.unblock():
        database_copy(connection, directory / "db.sqlite3")
    app = AppServer(
        directory,
        environment={"WEB_CONCURRENCY": "2", "GUNICORN_THREADS": "4"},
        grids=derived_grids(Path(settings.VAR_DIR) / "cache"),
    )
    with app as running:
        running.practice_id, running.sessions = members_seed(running, count=CLIENTS)
        yield running


def test_twenty_farmers_share_a_practice_with_a_photo_at_once(server):
    outcomes = at_once([lambda n=n: share(server, server.sessions[n], n) for n in range(CLIENTS)])
    assert failures(outcomes, 302) == []
    found = stored(server)
    assert (found["shared"], found["photos"]) == (CLIENTS, CLIENTS)
    assert found["orphans"] == []


def test_sign_ups_questions_and_shares_at_once(server):
    """A workshop: 20 people sign up while 20 members ask and 20 share again, all at once."""
    calls = [lambda n=n: sign_up(server, n) for n in range(CLIENTS)]
    calls += [
        lambda n=n: ask(server, server.sessions[n], server.practice_id, n) for n in range(CLIENTS)
    ]
    calls += [lambda n=n: share(server, server.sessions[n], n, "Zai pits") for n in range(CLIENTS)]
    assert failures(at_once(calls), 302) == []
    found = stored(server, "Zai pits")
    assert (found["signed_up"], found["questions"]) == (CLIENTS, CLIENTS)
    assert (found["shared"], found["photos"], found["orphans"]) == (CLIENTS, CLIENTS, [])
