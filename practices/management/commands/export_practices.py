import io
from pathlib import Path

from django.core.management.base import BaseCommand

from practices.services.interchange import (
    COLUMNS,
    REPORT_COLUMNS,
    practices_export_records,
    records_write,
    reports_export_records,
)


class Command(BaseCommand):
    help = (
        "Export live, public practices in the interchange format (CSV or JSON); with "
        '--reports, the published "I tried this" reports on them instead.'
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
        parser.add_argument("--reports", action="store_true", help="export the reports")

    def handle(self, *args, format: str, output: Path | None, reports: bool, **options):
        if reports:
            records, columns, what = reports_export_records(), REPORT_COLUMNS, "report(s)"
        else:
            records, columns, what = practices_export_records(), COLUMNS, "practice(s)"
        write = {"records": records, "file_format": format, "columns": columns}
        if output is None:
            buffer = io.StringIO()
            count = records_write(stream=buffer, **write)
            self.stdout.write(buffer.getvalue(), ending="")
        else:
            with output.open("w", encoding="utf-8", newline="") as stream:
                count = records_write(stream=stream, **write)
        self.stderr.write(f"Exported {count} {what}.")
