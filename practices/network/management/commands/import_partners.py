from practices.management.importing import ImportCommand
from practices.network.services.interchange import partners_import


class Command(ImportCommand):
    help = (
        "Import members and partners from a CSV or XLSX file (columns in docs/network.md)."
        " All-or-nothing unless --skip-invalid; an organisation of the same name is updated."
    )

    def import_run(self, **arguments):
        return partners_import(**arguments)

    def summary(self, result, file):
        return f"Imported {len(result.created)} organisation(s) from {file}."
