"""The reach app's signal handlers, connected from ReachConfig.ready(): a published,
unpublished or deleted practice or tutorial rebuilds the packs that hold it (in the background,
once the transaction commits) and forgets the practice's printed sheet."""

from datetime import UTC, datetime
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete

from wagtail.signals import page_published, page_unpublished

from practices.models import PracticePage, TutorialPage
from practices.reach.pack_tasks import packs_rebuild
from practices.reach.sheets import sheet_forget


def page_changed(sender, instance, **kwargs) -> None:
    requested = datetime.now(UTC).isoformat()
    enqueue = partial(packs_rebuild.enqueue, [instance.pk], requested)
    transaction.on_commit(enqueue, robust=True)
    if isinstance(instance, PracticePage):
        sheet_forget(instance.pk)


def register_signal_handlers() -> None:
    signals = {"published": page_published, "unpublished": page_unpublished,
               "deleted": post_delete}  # fmt: skip
    for model in (PracticePage, TutorialPage):
        for name, signal in signals.items():
            signal.connect(
                page_changed, sender=model, dispatch_uid=f"reach-{name}-{model.__name__}"
            )
