import time

from django.core.management.base import BaseCommand

from search.index import index_rebuild
from search.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the embedded search index from scratch (live, public pages only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="only when the index holds nothing yet"
        )

    def handle(self, *args, if_empty: bool, **options):
        if if_empty and SearchDocument.objects.exists():
            self.stdout.write("Search index already built; nothing to do.")
            return
        started = time.perf_counter()
        count = index_rebuild()
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {count} page(s) in {time.perf_counter() - started:.1f} s.")
        )
