from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from practices.network.services.interchange import partners_import


class Command(BaseCommand):
    help = (
        "Import members and partners from a CSV or XLSX file (columns in docs/network.md)."
        " All-or-nothing unless --skip-invalid; an organisation of the same name is updated."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", choices=["csv", "xlsx"], help="default: from the suffix")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="import the valid rows and report the others",
        )

    def handle(self, *args, file: Path, format: str | None, skip_invalid: bool, **options):
        try:
            content = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        result = partners_import(
            content=content,
            file_format=format or file.suffix.lstrip(".").lower(),
            skip_invalid=skip_invalid,
        )
        for error in result.errors:
            self.stderr.write(str(error))
        if result.errors and not skip_invalid:
            raise CommandError(f"{len(result.errors)} error(s) in {file}; nothing was imported.")
        self.stdout.write(
            self.style.SUCCESS(f"Imported {len(result.saved)} organisation(s) from {file}.")
        )
