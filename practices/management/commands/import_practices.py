from practices.management.importing import ImportCommand
from practices.services.interchange import practices_import


class Command(ImportCommand):
    help = (
        "Import practices from a CSV or JSON file in the interchange format (docs/interchange.md)."
        " All-or-nothing unless --skip-invalid."
    )
    formats = ("csv", "json")
    binary = False
    noun = "practice(s)"

    def import_run(self, **arguments):
        return practices_import(**arguments)
