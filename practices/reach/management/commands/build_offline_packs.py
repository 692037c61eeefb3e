"""Build every offline pack now (the background task does it when content changes)."""

from django.core.management.base import BaseCommand

from practices.reach.pack_build import packs_build


class Command(BaseCommand):
    help = "Build the offline packs (ZIPs of static HTML) of every language, region and category."

    def handle(self, *args, **options):
        built = packs_build()
        for item in built:
            self.stdout.write(
                f"{item.entry.slug}: {item.entry.practices} practices, "
                f"{item.entry.size / 1024:.0f} KB, {item.seconds:.1f} s"
            )
        self.stdout.write(f"{len(built)} packs built.")
