from django.core.management.base import BaseCommand

from practices.services.conditions import conditions_backfill


class Command(BaseCommand):
    help = (
        "Derive rainfall, temperature, altitude, climate zones and country from the coordinates "
        "of practices, tutorials, videos, farms and reports saved before they were derived. "
        "Values a person entered are kept. Safe to run again: it only does what is left."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="everything",
            help="derive again every located row (after the data sets were updated)",
        )

    def handle(self, *args, everything: bool, **options):
        def progress(model: str, done: int, total: int) -> None:
            self.stderr.write(f"{model}: {done}/{total}")

        changed = conditions_backfill(everything=everything, progress=progress)
        summary = ", ".join(f"{model} {count}" for model, count in changed.items())
        self.stdout.write(f"Rows changed: {summary}.")
