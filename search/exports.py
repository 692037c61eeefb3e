"""The corpus exports (CSV and JSON, the interchange format of `manage.py export_practices`):
written to files by a task, off the request path, and rebuilt after publishing.

Publishing marks the files out of date; with a worker (a backend that can defer) one rebuild
is queued a minute later however many pages are published meanwhile (the debounce); without
one, the next download rebuilds them. Only live, public practices are written."""

import os
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.dispatch import receiver
from django.utils import timezone

from wagtail.signals import page_published, page_unpublished

from django_tasks import default_task_backend, task

from practices.models import PracticePage
from practices.services.interchange import COLUMNS, practices_export_records, records_write

FORMATS = ("csv", "json")
DEBOUNCE = timedelta(seconds=60)
_SCHEDULED = "open-data:export-scheduled"


def export_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "open-data"


def export_path(file_format: str) -> Path:
    return export_dir() / f"terroir-practices.{file_format}"


def exports_write() -> dict[str, int]:
    """Write both files (each replaced at once, never half-written); practices per format."""
    export_dir().mkdir(parents=True, exist_ok=True)
    counts = {}
    for file_format in FORMATS:
        target = export_path(file_format)
        partial = target.with_suffix(f".{file_format}.partial")
        with partial.open("w", encoding="utf-8", newline="") as stream:
            counts[file_format] = records_write(
                records=practices_export_records(), file_format=file_format, stream=stream,
                columns=COLUMNS,
            )  # fmt: skip
        os.replace(partial, target)
    return counts


@task()
def exports_rebuild() -> dict[str, int]:
    cache.delete(_SCHEDULED)
    return exports_write()


def exports_out_of_date() -> None:
    """After a publication: the files are stale; rebuild once, a minute later, with a worker."""
    for file_format in FORMATS:
        export_path(file_format).unlink(missing_ok=True)
    if default_task_backend.supports_defer and cache.add(_SCHEDULED, 1, DEBOUNCE.seconds * 2):
        exports_rebuild.using(run_after=timezone.now() + DEBOUNCE).enqueue()


def export_file(file_format: str) -> Path:
    """The file of a format, written now if it is missing (no worker, or never built)."""
    path = export_path(file_format)
    if not path.exists():
        exports_write()
    return path


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if issubclass(sender, PracticePage):
        exports_out_of_date()
