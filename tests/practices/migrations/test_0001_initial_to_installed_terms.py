"""A site deployed before the migrations were squashed (practices 0001 to 0008 applied, each
recorded by its own name) upgrades: Django takes the squashed migration as applied and runs
only what came after it."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

import pytest

RELEASED = [
    "0001_initial",
    "0002_members_and_correspondents",
    "0003_regional_review",
    "0004_experience_reports",
    "0005_questions",
    "0006_review_decline",
    "0007_report_years_range",
    "0008_installed_terms",
]  # the last release's migrations, as deployed databases record them
SQUASHED = "0001_initial_to_installed_terms"


@pytest.mark.django_db
def test_a_database_recorded_under_the_old_names_needs_only_the_new_migrations():
    recorder = MigrationRecorder(connection)
    recorder.migration_qs.filter(app="practices").delete()
    for name in RELEASED:
        recorder.record_applied("practices", name)

    executor = MigrationExecutor(connection)
    assert ("practices", SQUASHED) in executor.loader.applied_migrations
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    after_the_squash = sorted(
        name for app, name in executor.loader.disk_migrations if app == "practices"
    )[1:]
    assert after_the_squash, "the test needs a migration after the squashed one"
    assert sorted(migration.name for migration, _backwards in plan) == after_the_squash
