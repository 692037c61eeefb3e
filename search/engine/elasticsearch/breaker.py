"""A circuit breaker in front of Elasticsearch, one per process.

Closed: calls go through. After SEARCH_BREAKER_FAILURES failures in a row it opens: for
SEARCH_BREAKER_RESET_SECONDS no call is tried (searches go to the embedded engine, deliveries
wait in the outbox). Then it half-opens: one call is let through; success closes it, failure
opens it again for another period.

A timeout opens it at once: a refused connection costs the caller a millisecond, a stalled
cluster costs it the whole timeout, so one is enough to stop calling (a save with a stalled
cluster then waits on it once, not once per index write).
"""

import threading
import time

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError


class CircuitBreaker:
    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self._failures = 0
        self._opened_at: float | None = None
        self._trial = False

    @property
    def state(self) -> str:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= settings.SEARCH_BREAKER_RESET_SECONDS:
            return "half-open"
        return "open"

    def allow(self) -> bool:
        with self._lock:
            state = self.state
            if state == "closed":
                return True
            if state == "half-open" and not self._trial:
                self._trial = True  # one trial call at a time
                return True
            return False

    def release(self) -> None:
        """Give back a half-open trial that ended without telling anything about the cluster."""
        with self._lock:
            self._trial = False

    def success(self) -> None:
        with self._lock:
            self.reset()

    def failure(self, error: Exception | None = None) -> None:
        with self._lock:
            self._trial = False
            self._failures += 1
            if (
                self._opened_at is not None
                or self._failures >= settings.SEARCH_BREAKER_FAILURES
                or isinstance(error, ConnectionTimeout)
            ):
                self._opened_at = self._clock()


breaker = CircuitBreaker()


@receiver(setting_changed)
def _cluster_changed(setting, **kwargs):
    if setting == "ELASTICSEARCH_URLS":  # another cluster: start afresh
        breaker.reset()


def is_outage(error: Exception) -> bool:
    """Unreachable, timed out, failing (5xx) or without its index (404): stop calling it for a
    while. A 4xx is about one request and says the cluster is up."""
    if isinstance(error, ApiError):
        return error.meta.status >= 500 or error.meta.status == 404
    return True
