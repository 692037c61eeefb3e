from django.core.management.base import BaseCommand, CommandError

from elastic_transport import TransportError
from elasticsearch import ApiError

from search.engine.elasticsearch.admin import admin_index_rebuild
from search.engine.elasticsearch.client import elastic_enabled
from search.engine.elasticsearch.indexing import BulkFailed, index_reconcile


class Command(BaseCommand):
    help = (
        "Make the Elasticsearch index hold exactly the live, public pages: write missing and "
        "changed documents, delete those of pages no longer visible. Run it after an outage; "
        "it settles the search outbox too, and rebuilds the admin's (Wagtail's) Elasticsearch "
        "indexes, whose writes were skipped while the cluster did not answer."
    )

    def handle(self, *args, **options):
        if not elastic_enabled():
            raise CommandError(
                "ELASTICSEARCH_URL is not set: the embedded index is kept in step with every "
                "change and needs no reconciling (rebuild_search_index rebuilds it)."
            )
        try:
            done = index_reconcile()
            admin = admin_index_rebuild()
        except (TransportError, ApiError, BulkFailed) as error:
            raise CommandError(
                f"Elasticsearch is not reachable, nothing changed: {error}"
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Reconciled: {done.indexed} written, {done.deleted} deleted, "
                f"{done.unchanged} already up to date."
            )
        )
        if admin:
            self.stdout.write(self.style.SUCCESS("Admin search indexes rebuilt from the database."))
