"""The circuit breaker in front of Elasticsearch, on a clock the test moves."""

from elastic_transport import ConnectionError, ConnectionTimeout

from search.engine.elasticsearch.breaker import CircuitBreaker


class Clock:
    now = 1000.0

    def __call__(self):
        return self.now


def test_opens_after_failures_in_a_row_then_lets_one_trial_through(settings):
    settings.SEARCH_BREAKER_FAILURES = 3
    settings.SEARCH_BREAKER_RESET_SECONDS = 30
    clock = Clock()
    breaker = CircuitBreaker(clock)
    for _ in range(2):
        assert breaker.allow()
        breaker.failure()
    assert breaker.state == "closed"
    breaker.failure()
    assert breaker.state == "open" and not breaker.allow()

    clock.now += 30
    assert breaker.state == "half-open"
    assert breaker.allow()  # one trial …
    assert not breaker.allow()  # … at a time
    breaker.failure()  # the trial failed: open for another period
    assert breaker.state == "open" and not breaker.allow()

    clock.now += 30
    assert breaker.allow()
    breaker.success()
    assert breaker.state == "closed" and breaker.allow()


def test_a_success_forgets_earlier_failures(settings):
    settings.SEARCH_BREAKER_FAILURES = 2
    breaker = CircuitBreaker(Clock())
    breaker.failure()
    breaker.success()
    breaker.failure()
    assert breaker.state == "closed"


def test_a_timeout_opens_it_at_once(settings):
    """A stalled cluster costs each caller the whole timeout: one is enough to stop calling."""
    settings.SEARCH_BREAKER_FAILURES = 3
    breaker = CircuitBreaker(Clock())
    breaker.failure(ConnectionError("refused"))
    assert breaker.state == "closed"
    breaker.reset()
    breaker.failure(ConnectionTimeout("read timed out"))
    assert breaker.state == "open" and not breaker.allow()
