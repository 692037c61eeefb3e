import time

from django.core.management.base import BaseCommand, CommandError

from elastic_transport import TransportError
from elasticsearch import ApiError

from search.engine.elasticsearch.admin import admin_index_rebuild
from search.engine.elasticsearch.client import elastic_enabled
from search.engine.elasticsearch.indexing import BulkFailed, RebuildIncomplete, elastic_rebuild
from search.engine.embedded.indexing import index_rebuild
from search.models import SearchDocument


class Command(BaseCommand):
    help = (
        "Rebuild the search indexes from the live, public pages: the embedded index, and, when "
        "ELASTICSEARCH_URL is set, a new Elasticsearch index that replaces the current one "
        "atomically (searches keep answering meanwhile)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="only when the embedded index holds nothing yet (Elasticsearch is left alone)",
        )
        parser.add_argument(
            "--embedded-only", action="store_true", help="leave Elasticsearch alone"
        )

    def handle(self, *args, if_empty: bool, embedded_only: bool, **options):
        if if_empty and SearchDocument.objects.exists():
            self.stdout.write("Search index already built; nothing to do.")
            return
        started = time.perf_counter()
        count = index_rebuild()
        self.stdout.write(
            self.style.SUCCESS(
                f"Embedded index: {count} page(s) in {time.perf_counter() - started:.1f} s."
            )
        )
        if if_empty or embedded_only or not elastic_enabled():
            return
        started = time.perf_counter()
        try:
            rebuilt = elastic_rebuild()
        except RebuildIncomplete as error:
            raise CommandError(f"Elasticsearch rebuild incomplete: {error}") from error
        except (TransportError, ApiError, BulkFailed) as error:
            raise CommandError(
                f"Elasticsearch rebuild failed, the current index is unchanged: {error}"
            ) from error
        removed = ", ".join(rebuilt.removed) or "none"
        self.stdout.write(
            self.style.SUCCESS(
                f"Elasticsearch: {rebuilt.count} page(s) into {rebuilt.index} in "
                f"{time.perf_counter() - started:.1f} s; old indexes deleted: {removed}."
            )
        )
        started = time.perf_counter()
        try:
            admin = admin_index_rebuild()
        except (TransportError, ApiError) as error:
            raise CommandError(
                f"Admin search rebuild failed, its current indexes are unchanged: {error}"
            ) from error
        if admin:
            self.stdout.write(
                self.style.SUCCESS(
                    "Admin search indexes rebuilt from the database in "
                    f"{time.perf_counter() - started:.1f} s."
                )
            )
