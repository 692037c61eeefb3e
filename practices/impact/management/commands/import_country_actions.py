from practices.impact.dashboard.actions_import import country_actions_import
from practices.management.importing import ImportCommand


class Command(ImportCommand):
    help = (
        "Import country actions (programmes and policies, top-down) from a CSV or XLSX file "
        "(columns in docs/carbon.md). All-or-nothing unless --skip-invalid."
    )
    noun = "country action(s)"

    def import_run(self, **arguments):
        return country_actions_import(**arguments)
