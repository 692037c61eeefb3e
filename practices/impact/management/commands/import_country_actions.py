from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from practices.impact.dashboard.actions_import import country_actions_import
from practices.services.interchange import InterchangeFormatError


class Command(BaseCommand):
    help = (
        "Import country actions (programmes and policies, top-down) from a CSV or XLSX file "
        "(columns in docs/carbon.md). All-or-nothing unless --skip-invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", choices=["csv", "xlsx"], help="default: from the suffix")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="import the valid rows and report the others (default: import nothing if any "
            "row is invalid)",
        )

    def handle(self, *args, file: Path, format: str | None, skip_invalid: bool, **options):
        file_format = format or file.suffix.lstrip(".").lower()
        try:
            content = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        try:
            result = country_actions_import(
                content=content, file_format=file_format, skip_invalid=skip_invalid
            )
        except InterchangeFormatError as error:
            raise CommandError(str(error)) from error
        for error in result.errors:
            self.stderr.write(str(error))
        if result.errors and not skip_invalid:
            raise CommandError(
                f"{len(result.errors)} error(s) in {file}; nothing was imported "
                "(fix them, or use --skip-invalid to import the valid rows)."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {len(result.created)} of {result.rows} country action(s) from {file}."
            )
        )
        if result.errors:
            rows = len({error.row for error in result.errors})
            self.stdout.write(f"Skipped {rows} invalid row(s), listed above.")
