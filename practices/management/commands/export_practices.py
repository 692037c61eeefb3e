import io
from pathlib import Path

from django.core.management.base import BaseCommand

from practices.services.interchange import practices_export_records, records_write


class Command(BaseCommand):
    help = "Export live, public practices in the interchange format (CSV or JSON)."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")

    def handle(self, *args, format: str, output: Path | None, **options):
        records = practices_export_records()
        if output is None:
            buffer = io.StringIO()
            count = records_write(records=records, file_format=format, stream=buffer)
            self.stdout.write(buffer.getvalue(), ending="")
        else:
            with output.open("w", encoding="utf-8", newline="") as stream:
                count = records_write(records=records, file_format=format, stream=stream)
        self.stderr.write(f"Exported {count} practice(s).")
