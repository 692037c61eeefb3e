"""Members and partners to and from a spreadsheet (CSV or XLSX), with the practices import's
row-level error contract (practices.services.interchange): every row is checked before
anything is written; a row that fails is reported by its number, column and reason; an
import writes every row or none (unless `skip_invalid`).

Columns: name, college, status, country, latitude, longitude, town, website, joined,
description, language (+ regions, codes joined by ;). An organisation's descriptions in
several languages are several rows of the same name, one per language; an export gives them
back that way."""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from openpyxl import Workbook, load_workbook

from practices.network.models import Organisation
from practices.network.services import organisation_save
from practices.network.vocabulary import DESCRIPTION_LANGUAGES
from practices.services.interchange import FORMULA_STARTS, RowError, _as_text, _split, records_write

COLUMNS = [
    "name", "college", "status", "country", "latitude", "longitude", "town", "website",
    "joined", "description", "language", "regions",
]  # fmt: skip
REQUIRED = ["name", "college", "status", "country"]
NUMBERS = {"latitude": float, "longitude": float, "joined": int}


@dataclass
class PartnersImport:
    saved: list[Organisation] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def sheet_read(
    *, content: bytes, file_format: str
) -> tuple[list[tuple[int, dict]], list[RowError]]:
    """(row number as the spreadsheet shows it, record) pairs, and problems with the header."""
    if file_format == "xlsx":
        try:
            sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).active
        except Exception as error:  # noqa: BLE001 (openpyxl raises many kinds for a bad file)
            return [], [
                RowError(0, "", _("Not an XLSX workbook we can read: %(error)s") % {"error": error})
            ]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    elif file_format == "csv":
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            return [], [RowError(0, "", _("The CSV file is not UTF-8 text."))]
        rows = list(csv.reader(io.StringIO(text)))
    else:
        return [], [
            RowError(
                0, "", _("Unknown format %(format)r: use csv or xlsx.") % {"format": file_format}
            )
        ]
    header = [_as_text(cell) for cell in (rows[0] if rows else [])]
    problems = [
        RowError(0, c, _("Required column is missing.")) for c in REQUIRED if c not in header
    ]
    problems += [RowError(0, c, _("Unknown column.")) for c in header if c and c not in COLUMNS]
    records = [
        (number, dict(zip(header, cells, strict=False)))
        for number, cells in enumerate(rows[1:], start=2)
        if any(_as_text(cell) for cell in cells)
    ]
    return records, problems


def _row_values(number: int, record: dict) -> tuple[dict, list[RowError]]:
    values: dict = {}
    errors = []
    for column in ("name", "college", "status", "country", "town", "website"):
        values[column] = _as_text(record.get(column))
    values["country"] = values["country"].upper()
    for column, kind in NUMBERS.items():
        text = _as_text(record.get(column))
        try:
            values[column] = kind(float(text)) if text else None
        except ValueError:
            errors.append(RowError(number, column, _("Not a number: %(value)s") % {"value": text}))
    language = _as_text(record.get("language")).lower() or "en"
    if language not in DESCRIPTION_LANGUAGES:
        errors.append(RowError(number, "language", _("Use en, fr or es.")))
    elif description := _as_text(record.get("description")):
        values[f"description_{language}"] = description
    if "regions" in record:
        values["regions"] = _split(record.get("regions"))
    return values, errors


def partners_import(
    *, content: bytes, file_format: str, skip_invalid: bool = False
) -> PartnersImport:
    """Import organisations (an existing one of the same name is updated)."""
    records, problems = sheet_read(content=content, file_format=file_format)
    result = PartnersImport(rows=len(records), errors=list(problems))
    if problems:
        return result
    merged: dict[str, dict] = {}  # by name: the rows of one organisation, one per language
    rows_of: dict[str, list[int]] = {}
    for number, record in records:
        values, errors = _row_values(number, record)
        result.errors += errors
        if errors:
            continue
        if not values["name"]:
            result.errors.append(RowError(number, "name", _("This field is required.")))
            continue
        held = merged.setdefault(values["name"], {})
        for key, value in values.items():
            if held.get(key) in ("", None, []):
                held[key] = value
        rows_of.setdefault(values["name"], []).append(number)
    with transaction.atomic():
        for name, values in merged.items():
            existing = Organisation.objects.filter(name=name).first()
            try:
                with transaction.atomic():
                    result.saved.append(organisation_save(data=values, organisation=existing))
            except ValidationError as error:
                for column, messages in error.message_dict.items():
                    column = (
                        column
                        if column in COLUMNS
                        else ("description" if column.startswith("description") else "")
                    )
                    result.errors += [RowError(rows_of[name][0], column, m) for m in messages]
        if result.errors and not skip_invalid:
            transaction.set_rollback(True)
            result.saved = []
    return result


def partner_records(queryset=None):
    """One row per organisation and language of description (one row when it has none)."""
    queryset = queryset if queryset is not None else Organisation.objects.all()
    for organisation in queryset.order_by("name", "pk").prefetch_related("regions"):
        base = {
            "name": organisation.name, "college": organisation.college,
            "status": organisation.status,
            "country": str(organisation.country), "latitude": organisation.latitude,
            "longitude": organisation.longitude, "town": organisation.town,
            "website": organisation.website, "joined": organisation.joined,
            "regions": sorted({region.slug for region in organisation.regions.all()}),
        }  # fmt: skip
        languages = [
            code for code in DESCRIPTION_LANGUAGES if getattr(organisation, f"description_{code}")
        ]
        for language in languages or ["en"]:
            yield {
                **base,
                "description": getattr(organisation, f"description_{language}"),
                "language": language,
            }


def partners_export(*, stream, file_format: str) -> int:
    """Write every organisation as CSV (to a text stream) or XLSX (to a binary stream)."""
    if file_format == "csv":
        return records_write(
            records=partner_records(), file_format="csv", stream=stream, columns=COLUMNS
        )
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("partners")
    sheet.append(COLUMNS)
    count = 0
    for record in partner_records():
        sheet.append([_xlsx_cell(record[column]) for column in COLUMNS])
        count += 1
    workbook.save(stream)
    return count


def _xlsx_cell(value):
    if isinstance(value, list):
        value = ";".join(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value  # text, never a formula (the import removes the quote)
    return value
