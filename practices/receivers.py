"""Named signal handlers of the practices app, connected once from PracticesConfig.ready()."""

import sys

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from practices.services.taxonomy import taxonomy_install


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
