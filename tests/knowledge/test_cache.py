"""The embedded default's cache (knowledge.cache.SharedFileCache): every worker process of one
machine sees the same entries, and rate-limit counts made at the same moment by several
processes are all kept, within the window the limit asked for."""

import multiprocessing
import pickle
import time

from django.test import RequestFactory

import pytest
from django_ratelimit.core import is_ratelimited

from knowledge.cache import SharedFileCache

PROCESSES = 4
POSTS_EACH = 150


@pytest.fixture
def shared(tmp_path):
    return SharedFileCache(str(tmp_path / "cache"), {"OPTIONS": {"MAX_ENTRIES": 5000}})


def _count(location, key, times, start):
    """In a worker process: a cache of its own over the same directory, as gunicorn's have."""
    cache = SharedFileCache(location, {})
    start.wait()
    for _ in range(times):
        cache.add(key, 0, 3600)
        cache.incr(key)


def test_counts_from_several_processes_at_once_are_all_kept(shared):
    context = multiprocessing.get_context("fork")
    start = context.Barrier(PROCESSES)
    workers = [
        context.Process(target=_count, args=(shared._dir, "posts", POSTS_EACH, start))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert shared.get("posts") == PROCESSES * POSTS_EACH


def test_another_process_sees_what_one_stored(shared):
    shared.set("navigation", ["home", "practices"], 60)
    other = SharedFileCache(shared._dir, {})
    assert other.get("navigation") == ["home", "practices"]
    other.delete("navigation")
    assert shared.get("navigation") is None


def test_a_count_keeps_the_window_it_was_started_with(shared):
    shared.add("window", 0, 3600)
    shared.incr("window")
    with open(shared._key_to_file("window"), "rb") as entry:
        expiry = pickle.load(entry)  # noqa: S301 - the file this test just made
    assert 3590 < expiry - time.time() <= 3600  # not the default 300 s of Django's incr
    assert shared.incr("window", 5) == 6


def test_an_expired_or_missing_count_cannot_be_incremented(shared):
    with pytest.raises(ValueError):
        shared.incr("missing")
    shared.set("gone", 1, 0.01)
    time.sleep(0.05)
    with pytest.raises(ValueError):
        shared.incr("gone")


def test_rate_limits_count_in_it(shared, settings, monkeypatch):
    """django-ratelimit on this cache refuses the eleventh post of ten an hour."""
    monkeypatch.setattr("django_ratelimit.core.caches", {settings.RATELIMIT_USE_CACHE: shared})
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    results = [
        is_ratelimited(request, group="g", key="ip", rate="10/h", method="POST", increment=True)
        for _ in range(11)
    ]
    assert results == [False] * 10 + [True]
