"""The outbox's worker: when it runs again, given what is left waiting."""

from datetime import timedelta

from django.utils import timezone

from search.engine.elasticsearch.outbox import Delivery, _next_run
from search.models import OutboxEntry


def test_the_worker_comes_back_when_the_breaker_lets_it(world, settings):
    settings.SEARCH_BREAKER_RESET_SECONDS = 30
    assert _next_run(Delivery()) is None  # nothing waiting
    OutboxEntry.objects.create(page_id=1, next_attempt_at=timezone.now())
    skipped = _next_run(Delivery(skipped=True))
    assert skipped >= timezone.now() + timedelta(seconds=29)
    assert _next_run(Delivery(failed=1)) <= timezone.now() + timedelta(seconds=1)
