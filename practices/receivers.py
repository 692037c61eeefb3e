"""The practices app's signal handlers, named and connected in one place
(`register_signal_handlers`, called from PracticesConfig.ready(), as Wagtail's own
`wagtail/signal_handlers.py` does)."""

import sys

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

from practices.models import PracticeCategory, PracticePage, Region
from practices.selectors.labels import labels_forget
from practices.services import notifications
from practices.services.submissions import correspondents_grouped
from practices.services.taxonomy import taxonomy_install
from practices.services.wagtail_index import practice_deleted, practice_saved
from practices.signals import contribution_declined


def taxonomy_install_after_migrate(sender, *, using=DEFAULT_DB_ALIAS, verbosity=1, **kwargs):
    """Every `migrate` (so every deployment) ends with the initiative's vocabulary installed;
    so does every `flush` (test databases emptied by live-server tests), since Django sends
    post_migrate after both. Skipped while migrations remain to be applied (`migrate practices
    0003`): the models would not match the tables yet."""
    if using != DEFAULT_DB_ALIAS:
        return
    executor = MigrationExecutor(connections[using])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return
    summary = taxonomy_install()
    if verbosity >= 1 and (summary.categories or summary.regions):
        stdout = kwargs.get("stdout") or sys.stdout
        stdout.write(
            f"Installed the initiative's vocabulary: {summary.categories} practice categories "
            f"and {summary.regions} regions, in every content language.\n"
        )


def labels_changed(sender, **kwargs) -> None:
    """A category or region was edited: its cached names are forgotten at once."""
    labels_forget(sender)


def correspondents_changed(sender, instance, action, reverse, **kwargs) -> None:
    """Correspondents added to a region join the correspondents' group."""
    if action == "post_add" and not reverse:
        correspondents_grouped(instance)


def register_signal_handlers(app_config) -> None:
    post_save.connect(practice_saved, sender=PracticePage)
    post_delete.connect(practice_deleted, sender=PracticePage)
    for model in (PracticeCategory, Region):
        post_save.connect(labels_changed, sender=model)
        post_delete.connect(labels_changed, sender=model)
    m2m_changed.connect(correspondents_changed, sender=Region.correspondents.through)
    post_migrate.connect(
        taxonomy_install_after_migrate, sender=app_config, dispatch_uid="practices-taxonomy"
    )
    # Members have Wagtail's requester emails switched off (services.members.member_create):
    # these replace them.
    task_submitted.connect(
        notifications.review_waiting, sender=TaskState, dispatch_uid="terroir-review-waiting"
    )
    workflow_rejected.connect(
        notifications.changes_requested, sender=WorkflowState, dispatch_uid="terroir-changes"
    )
    workflow_approved.connect(
        notifications.published, sender=WorkflowState, dispatch_uid="terroir-published"
    )
    contribution_declined.connect(notifications.declined, dispatch_uid="terroir-declined")
