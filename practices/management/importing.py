"""The base of the import commands (practices, partners, country actions).

Each reads one file, hands its content to a service that keeps the row-error contract of
practices.services.interchange (an ImportResult whose errors are RowErrors), and reports the
same way: every error on stderr; nothing imported unless --skip-invalid when a row fails."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from practices.services.sheets import ImportResult, InterchangeFormatError


class ImportCommand(BaseCommand):
    formats: tuple[str, ...] = ("csv", "xlsx")
    binary = True  # the service takes bytes (spreadsheets); else UTF-8 text
    noun = "row(s)"  # what the summary counts

    def import_run(self, *, content, file_format: str, skip_invalid: bool) -> ImportResult:
        raise NotImplementedError

    def summary(self, result: ImportResult, file: Path) -> str:
        return f"Imported {len(result.created)} of {result.rows} {self.noun} from {file}."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", choices=self.formats, help="default: from the suffix")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="import the valid rows and report the others (default: import nothing if any "
            "row is invalid)",
        )

    def handle(self, *args, file: Path, format: str | None, skip_invalid: bool, **options):
        file_format = format or file.suffix.lstrip(".").lower()
        try:
            content = file.read_bytes() if self.binary else file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        try:
            result = self.import_run(
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
        self.stdout.write(self.style.SUCCESS(self.summary(result, file)))
        if result.errors:
            rows = len({error.row for error in result.errors})
            self.stdout.write(f"Skipped {rows} invalid row(s), listed above.")
