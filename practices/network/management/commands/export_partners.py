import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from practices.network.services.interchange import partners_export


class Command(BaseCommand):
    help = (
        "Export members and partners as CSV (default, to standard output) or XLSX (-o FILE.xlsx)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "-o", "--output", type=Path, help="a .csv or .xlsx file (default: CSV on stdout)"
        )

    def handle(self, *args, output: Path | None, **options):
        if output is None:
            partners_export(stream=sys.stdout, file_format="csv")
            return
        file_format = "xlsx" if output.suffix.lower() == ".xlsx" else "csv"
        with output.open(
            "wb" if file_format == "xlsx" else "w",
            **({} if file_format == "xlsx" else {"newline": "", "encoding": "utf-8"}),
        ) as stream:
            count = partners_export(stream=stream, file_format=file_format)
        self.stderr.write(f"Exported {count} row(s) to {output}.")
