import time

from django.core.management.base import BaseCommand

from search.index import index_rebuild


class Command(BaseCommand):
    help = "Rebuild the embedded search index from scratch (live, public pages only)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = index_rebuild()
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {count} page(s) in {time.perf_counter() - started:.1f} s.")
        )
