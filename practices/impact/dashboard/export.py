"""The dashboard as a spreadsheet: XLSX with one sheet per breakdown (and the countries'
actions, and the method), or one CSV whose `breakdown` column says which table a row belongs
to (totals, country, region, category, year). The numbers are the API's records, so the three
agree by construction (docs/carbon.md, "The dashboard")."""

import csv
import io

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from openpyxl import Workbook

from practices.impact.dashboard.actions import ACTION_COLUMNS, country_action_record
from practices.impact.dashboard.presentation import BREAKDOWN_TITLES, COLUMNS
from practices.services.sheets import cell_safe

SHEETS = {"totals": gettext_lazy("Totals"), **BREAKDOWN_TITLES}


def dashboard_xlsx(*, records: dict[str, list[dict]], actions, method: list[str]) -> bytes:
    workbook = Workbook(write_only=True)
    for name, rows in records.items():
        sheet = workbook.create_sheet(str(SHEETS[name])[:31])
        sheet.append(COLUMNS)
        for record in rows:
            sheet.append([cell_safe(record[column]) for column in COLUMNS])
    sheet = workbook.create_sheet(_("Country actions")[:31])
    sheet.append(ACTION_COLUMNS)
    for action in actions:
        record = country_action_record(action)
        sheet.append([cell_safe(record[column]) for column in ACTION_COLUMNS])
    sheet = workbook.create_sheet(_("Method")[:31])
    for line in method:
        sheet.append([cell_safe(line)])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def dashboard_csv(*, records: dict[str, list[dict]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["breakdown", *COLUMNS])
    for name, rows in records.items():
        for record in rows:
            writer.writerow(
                [name, *("" if record[c] is None else cell_safe(record[c]) for c in COLUMNS)]
            )
    return out.getvalue()
