"""The reach app's background work (django-tasks: run at once in development and tests, by the
database queue's worker in production)."""

from datetime import datetime

from django_tasks import task

from practices.reach.pack_build import packs_build
from practices.reach.packs import manifest_read, pack_keys_of_pages


@task()
def packs_rebuild(page_ids: list[int], requested: str) -> list[str]:
    """Rebuild the offline packs that hold one of the pages, now or when last built. A pack
    built after the request was made already has the change: skipped, so a burst of edits
    queues many tasks but builds each pack about once."""
    since = datetime.fromisoformat(requested)
    entries = manifest_read()
    keys = [
        key
        for key in pack_keys_of_pages(page_ids)
        if key.slug not in entries or datetime.fromisoformat(entries[key.slug].built) < since
    ]
    return [built.entry.slug for built in packs_build(keys)] if keys else []


@task()
def packs_build_all() -> list[str]:
    """Build every pack (the first visit of the offline page on a site with none yet)."""
    return [built.entry.slug for built in packs_build()]
