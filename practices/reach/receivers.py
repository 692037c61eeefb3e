"""The reach app's signal handlers, connected once by ReachConfig.ready()."""

from django.db import transaction

from practices.reach.services.renditions import renditions_mark_pending
from practices.reach.tasks import renditions_task


def media_saved(sender, instance, **kwargs) -> None:
    """A wagtailmedia file uploaded or replaced: its renditions are made once it is stored."""
    if instance.file and renditions_mark_pending(media=instance):
        transaction.on_commit(lambda: renditions_task.enqueue(instance.pk), robust=True)
