"""Members and partners to and from a spreadsheet (CSV or XLSX), with the imports'
row-level error contract (practices.services.sheets): every row is checked before
anything is written; a row that fails is reported by its number, column and reason; an
import writes every row or none (unless `skip_invalid`).

Columns: name, college, status, country, latitude, longitude, town, website, joined,
description, language (+ regions, codes joined by ;). An organisation's descriptions in
several languages are several rows of the same name, one per language; an export gives them
back that way."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from openpyxl import Workbook

from practices.network.models import Organisation
from practices.network.services import organisation_save
from practices.network.vocabulary import DESCRIPTION_LANGUAGES
from practices.services.interchange import records_write
from practices.services.sheets import (
    ImportResult,
    RowError,
    cell_safe,
    cell_text,
    cells_split,
    sheet_opened,
)

COLUMNS = [
    "name", "college", "status", "country", "latitude", "longitude", "town", "website",
    "joined", "description", "language", "regions",
]  # fmt: skip
REQUIRED = ["name", "college", "status", "country"]
NUMBERS = {"latitude": float, "longitude": float, "joined": int}


def _row_values(number: int, record: dict) -> tuple[dict, list[RowError]]:
    values: dict = {}
    errors = []
    for column in ("name", "college", "status", "country", "town", "website"):
        values[column] = cell_text(record.get(column))
    values["country"] = values["country"].upper()
    for column, kind in NUMBERS.items():
        text = cell_text(record.get(column))
        try:
            values[column] = kind(float(text)) if text else None
        except ValueError:
            errors.append(RowError(number, column, _("Not a number: %(value)s") % {"value": text}))
    language = cell_text(record.get("language")).lower() or "en"
    if language not in DESCRIPTION_LANGUAGES:
        errors.append(RowError(number, "language", _("Use en, fr or es.")))
    elif description := cell_text(record.get("description")):
        values[f"description_{language}"] = description
    if "regions" in record:
        values["regions"] = cells_split(record.get("regions"))
    return values, errors


def partners_import(
    *, content: bytes, file_format: str, skip_invalid: bool = False
) -> ImportResult:
    """Import organisations (an existing one of the same name is updated)."""
    records, result = sheet_opened(content=content, file_format=file_format, required=REQUIRED,
                                   known=COLUMNS)  # fmt: skip
    if result.errors:
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
                    result.created.append(organisation_save(data=values, organisation=existing))
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
            result.created = []
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
        sheet.append([cell_safe(record[column]) for column in COLUMNS])
        count += 1
    workbook.save(stream)
    return count
