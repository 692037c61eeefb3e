"""Delivering index changes to Elasticsearch without ever losing one or blocking a save.

A page change writes an OutboxEntry in its own transaction (search.sync). After the commit a
task delivers the due entries: at once in development, by the `db_worker` process (django-tasks
database queue) in production. A failed delivery leaves its entries with a later due time
(exponential backoff); the next delivery, `reconcile_search_index` or the worker's retry picks
them up. Deliveries skip Elasticsearch while the circuit breaker is open.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from elastic_transport import TransportError
from elasticsearch import ApiError

from search.engine.elasticsearch.breaker import breaker, is_outage
from search.engine.elasticsearch.client import elastic_enabled
from search.engine.elasticsearch.indexing import BulkFailed, pages_deliver
from search.models import OutboxEntry

logger = logging.getLogger(__name__)

BATCH = 500
FIRST_RETRY_SECONDS = 5
MAX_RETRY_SECONDS = 3600
DELIVERY_ERRORS = (TransportError, ApiError, BulkFailed)


def outbox_add(pages: dict[int, str | None]) -> None:
    """Queue these pages (id -> translation key, when known) for delivery, in the caller's
    transaction, and deliver them once it commits."""
    if not pages or not elastic_enabled():
        return
    now = timezone.now()
    OutboxEntry.objects.bulk_create(
        [
            OutboxEntry(page_id=page_id, translation_key=key or "", next_attempt_at=now)
            for page_id, key in pages.items()
        ],
        batch_size=BATCH,
    )
    transaction.on_commit(deliver_search_outbox.enqueue, robust=True)


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** (attempts - 1), MAX_RETRY_SECONDS))


@dataclass
class Delivery:
    delivered: int = 0
    failed: int = 0
    skipped: bool = False  # the breaker was open


def outbox_deliver(*, limit: int = 10 * BATCH, timeout: float | None = None) -> Delivery:
    """Deliver the entries that are due (oldest first). Entries for the same page are settled
    together; the page's state at delivery time is what gets indexed. `timeout` bounds each
    Elasticsearch call (ELASTICSEARCH_BULK_TIMEOUT by default)."""
    with transaction.atomic():
        entries = list(
            OutboxEntry.objects.select_for_update(skip_locked=True)
            .filter(next_attempt_at__lte=timezone.now())
            .order_by("pk")[:limit]
        )
        if not entries:
            return Delivery()
        if not breaker.allow():
            return Delivery(skipped=True)
        page_ids = {entry.page_id for entry in entries}
        keys = {entry.translation_key for entry in entries if entry.translation_key}
        try:
            pages_deliver(page_ids, keys, timeout=timeout)
        except DELIVERY_ERRORS as error:
            if isinstance(error, BulkFailed) or not is_outage(error):
                breaker.success()  # it answered; some documents were refused
            else:
                breaker.failure(error)
            logger.warning("Search index delivery failed (%d pages kept): %s", len(page_ids), error)
            for entry in entries:
                entry.attempts += 1
                entry.next_attempt_at = timezone.now() + backoff(entry.attempts)
                entry.last_error = str(error)[:2000]
            OutboxEntry.objects.bulk_update(
                entries, ["attempts", "next_attempt_at", "last_error"], batch_size=BATCH
            )
            return Delivery(failed=len(page_ids))
        breaker.success()
        OutboxEntry.objects.filter(pk__in=[entry.pk for entry in entries]).delete()
        return Delivery(delivered=len(page_ids))


@task()
def deliver_search_outbox() -> dict:
    """The worker's delivery; when entries are left waiting, it queues itself again for the
    moment the next one is due (on backends that can defer: the database queue)."""
    # Development's immediate backend runs this inside the saving request: keep it short.
    inside_a_request = isinstance(deliver_search_outbox.get_backend(), ImmediateBackend)
    delivery = outbox_deliver(
        timeout=settings.ELASTICSEARCH_SAVE_TIMEOUT if inside_a_request else None
    )
    following = _next_run(delivery)
    if following is not None and deliver_search_outbox.get_backend().supports_defer:
        deliver_search_outbox.using(run_after=following).enqueue()
    return {"delivered": delivery.delivered, "failed": delivery.failed, "skipped": delivery.skipped}


def _next_run(delivery: Delivery):
    """When the worker should deliver again, if entries are left: at once when more are due,
    when the breaker lets a call through after a skipped run, else when the next one is due."""
    earliest = (
        OutboxEntry.objects.order_by("next_attempt_at")
        .values_list("next_attempt_at", flat=True)
        .first()
    )
    if earliest is None:
        return None
    now = timezone.now()
    if delivery.skipped:
        return max(earliest, now + timedelta(seconds=settings.SEARCH_BREAKER_RESET_SECONDS))
    return max(earliest, now)
