"""Import and export of practices in the interchange format of DESIGN.md (CSV and JSON).

Rows are validated completely before anything is written. An import either writes every row
or none (default), or, with `skip_invalid`, writes the valid rows and reports the others.
CSV rows are numbered as a spreadsheet shows them (the header is row 1, the first practice
row 2); JSON records are numbered from 1.
"""

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from types import SimpleNamespace

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import fields_for_model
from django.utils.translation import gettext as _

from practices.conditions.derive import LocationError
from practices.conditions.site import sites_derive
from practices.models import ExperienceReport, PracticeCategory, PracticePage, Region
from practices.models.profile import (
    COORDINATES,
    PROFILE_DERIVED,
    PROFILE_FIELDS,
    PROFILE_FORM_FIELDS,
    PROFILE_ZONES,
    derived_merge,
)
from practices.selectors.visibility import practices_live
from practices.services.practices import (
    PracticeDraft,
    practices_create_bulk,
    region_for_country,
)
from practices.services.sheets import (
    ImportResult,
    InterchangeFormatError,
    RowError,
    cell_safe,
    cell_text,
    cells_split,
    rows_checked,
)
from practices.services.site import site_structure_ensure
from practices.services.wagtail_index import search_index_deferred

REQUIRED_COLUMNS = ["title", "summary", "language", *COORDINATES, "categories", "outcome"]
# The site's conditions, as the model names them (practices.models.profile); the zones are not
# part of the interchange format (they follow from the climate).
CONDITION_COLUMNS = [name for name in PROFILE_FIELDS if name not in (*COORDINATES, *PROFILE_ZONES)]
OPTIONAL_COLUMNS = [
    *CONDITION_COLUMNS, "soc_change_t_ha_yr", "evidence", "area_ha", "farmers", "years",
    "what_worked", "what_did_not_work", "contributor", "tags", "region",
]  # fmt: skip
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

# Columns that are plain fields of PracticePage: validated by the model's own form fields.
MODEL_COLUMNS = [c for c in COLUMNS if c not in {"language", "categories", "tags", "region"}]
LIST_COLUMNS = {"categories", "tags"}
LANGUAGES = ("en", "fr", "es")


# --- reading -------------------------------------------------------------------------------


def rows_read(*, content: str, file_format: str) -> tuple[list[tuple[int, dict]], list[RowError]]:
    """(row number, record) pairs from a CSV or JSON text, and header problems if any."""
    shape_problems: list[RowError] = []
    if file_format == "csv":
        reader = csv.reader(io.StringIO(content.lstrip("\ufeff")))
        header = next(reader, [])
        records = []
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            if len(cells) != len(header):
                message = _(
                    "This row has %(cells)s cells but the header has %(columns)s columns "
                    "(a missing or extra separator?)."
                ) % {"cells": len(cells), "columns": len(header)}
                shape_problems.append(RowError(number, "", message))
                continue
            records.append((number, dict(zip(header, cells, strict=True))))
        shape_problems += [
            RowError(0, column, _("This column appears more than once."))
            for column in sorted({c for c in header if header.count(c) > 1})
        ]
    elif file_format == "json":
        try:
            data = json.loads(content)
        except RecursionError as error:
            raise InterchangeFormatError(_("The JSON is nested too deeply.")) from error
        except json.JSONDecodeError as error:
            raise InterchangeFormatError(
                _("Not valid JSON: %(error)s") % {"error": error}
            ) from error
        if isinstance(data, dict) and isinstance(data.get("practices"), list):
            data = data["practices"]
        if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
            raise InterchangeFormatError(_("A JSON import is a list of practice objects."))
        header = sorted({key for item in data for key in item})
        records = list(enumerate(data, start=1))
    else:
        raise InterchangeFormatError(
            _("Unknown format %(format)r: use csv or json.") % {"format": file_format}
        )

    problems = [
        RowError(0, column, _("Required column is missing."))
        for column in REQUIRED_COLUMNS
        if column not in header and (file_format == "csv" or not records)
    ]
    problems += [
        RowError(0, column, _("Unknown column (the columns are listed in docs/interchange.md)."))
        for column in header
        if column not in COLUMNS and column is not None
    ]
    return records, problems + shape_problems


# --- validating ----------------------------------------------------------------------------


@cache
def _row_form_class() -> type[forms.Form]:
    """The model's own form fields for the plain columns: one source of choices and limits.
    Built once (building form fields for every row was a tenth of the import time)."""
    fields = dict(fields_for_model(PracticePage, fields=MODEL_COLUMNS))
    fields["title"] = forms.CharField(max_length=255)
    fields["language"] = forms.ChoiceField(choices=[(c, c) for c in LANGUAGES])
    return type("PracticeRowForm", (forms.Form,), fields)


@dataclass
class _ValidRow:
    number: int
    language: str
    fields: dict
    categories: list[PracticeCategory]
    tags: list[str]
    region: Region | None


class _Vocabulary:
    """Categories and regions, loaded once per import."""

    def __init__(self):
        self.categories: dict[str, PracticeCategory] = {}
        for category in PracticeCategory.objects.select_related("locale"):
            self.categories.setdefault(category.slug, category)
        self.regions = {}
        for region in Region.objects.all():
            self.regions.setdefault(region.slug, region)


def _row_validate(number: int, record: dict, vocabulary: _Vocabulary) -> _ValidRow | list[RowError]:
    shape_errors = [
        RowError(number, column, _("Give text or a number here, not a list or an object."))
        for column in COLUMNS
        if column not in LIST_COLUMNS and isinstance(record.get(column), list | dict)
    ] + [
        RowError(number, column, _("Give a list of texts (or texts joined by ';')."))
        for column in LIST_COLUMNS
        if isinstance(record.get(column), dict)
        or (
            isinstance(record.get(column), list)
            and any(not isinstance(item, str) or ";" in item for item in record[column])
        )
    ]
    if shape_errors:
        return shape_errors
    data = {
        column: cell_text(record.get(column)) for column in COLUMNS if column not in LIST_COLUMNS
    }
    data["country"] = data["country"].upper()
    form = _row_form_class()(data=data)
    errors = [
        RowError(number, column, " ".join(messages)) for column, messages in form.errors.items()
    ]

    category_slugs = cells_split(record.get("categories"))
    categories = []
    if not category_slugs:
        errors.append(RowError(number, "categories", _("Give at least one category.")))
    for slug in category_slugs:
        if slug in vocabulary.categories:
            categories.append(vocabulary.categories[slug])
        else:
            errors.append(
                RowError(
                    number,
                    "categories",
                    _("Unknown category %(slug)r; known: %(known)s.")
                    % {"slug": slug, "known": ", ".join(sorted(vocabulary.categories))},
                )
            )

    region = None
    region_slug = cell_text(record.get("region"))
    if region_slug:
        region = vocabulary.regions.get(region_slug)
        if region is None:
            errors.append(
                RowError(
                    number,
                    "region",
                    _("Unknown region %(slug)r; known: %(known)s.")
                    % {"slug": region_slug, "known": ", ".join(sorted(vocabulary.regions))},
                )
            )
    tags = cells_split(record.get("tags"))
    too_long = [tag for tag in tags if len(tag) > 100]
    if too_long:
        errors.append(RowError(number, "tags", _("A tag is at most 100 characters long.")))
    for column in MODEL_COLUMNS:
        value = form.cleaned_data.get(column)
        if column in form.errors or value in (None, "") or column in ("latitude", "longitude"):
            continue  # coordinates: checked with a clearer message by the derivation
        try:  # the model field's own validators (form fields do not carry all of them)
            PracticePage._meta.get_field(column).run_validators(value)
        except ValidationError as error:
            errors.append(RowError(number, column, " ".join(error.messages)))
    if errors:
        return errors
    fields = {column: form.cleaned_data[column] for column in MODEL_COLUMNS}
    return _ValidRow(number, form.cleaned_data["language"], fields, categories, tags, region)


def _derive(rows: list[_ValidRow]) -> list[RowError]:
    """Check every location in one batch and fill what the coordinates tell that the row left
    blank (the pages are then saved without a second clean: practices_create_bulk)."""
    results = sites_derive(points=[(r.fields["latitude"], r.fields["longitude"]) for r in rows])
    errors = []
    for row, result in zip(rows, results, strict=True):
        if isinstance(result, LocationError):
            errors.append(RowError(row.number, result.field, result.message))
            continue
        profile = SimpleNamespace(**(dict.fromkeys(PROFILE_DERIVED) | row.fields))
        row.fields["derived"] = derived_merge(profile, result)
        row.fields.update({name: getattr(profile, name) for name in PROFILE_DERIVED})
    return errors


# --- importing ----------------------------------------------------------------------------


def practices_import(
    *, content: str, file_format: str, skip_invalid: bool = False, user=None
) -> ImportResult:
    """Validate then import; see the module docstring for what happens to invalid rows."""
    records, file_errors = rows_read(content=content, file_format=file_format)
    result = ImportResult(rows=len(records), errors=list(file_errors))
    if file_errors:
        return result

    vocabulary = _Vocabulary()
    check = partial(_row_validate, vocabulary=vocabulary)
    valid: list[_ValidRow] = rows_checked(records, check, result)
    location_errors = _derive(valid)
    result.errors.extend(location_errors)
    bad_rows = {error.row for error in location_errors}
    valid = [row for row in valid if row.number not in bad_rows]
    if result.errors and not skip_invalid:
        return result

    libraries = site_structure_ensure()
    regions = list(vocabulary.regions.values())
    by_language: dict[str, list[PracticeDraft]] = {}
    for row in valid:
        region = row.region or region_for_country(
            country=str(row.fields["country"]), regions=regions
        )
        by_language.setdefault(row.language, []).append(
            PracticeDraft(row.fields, row.categories, row.tags, region)
        )
    with transaction.atomic(), search_index_deferred():
        for language, drafts in by_language.items():
            result.created += practices_create_bulk(
                parent=libraries[language], drafts=drafts, user=user
            )
    result.errors.sort(key=lambda error: (error.row, error.column))
    return result


# --- exporting ----------------------------------------------------------------------------


def practice_record(page: PracticePage) -> dict:
    """One practice as an interchange record (typed values: numbers, lists, None)."""
    record = {column: getattr(page, column) for column in MODEL_COLUMNS}
    record["country"] = str(page.country or "")
    record["language"] = page.locale.language_code
    record["categories"] = [category.slug for category in page.categories.all()]
    record["tags"] = sorted(item.tag.name for item in page.tagged_items.all())
    record["region"] = page.region.slug if page.region else ""
    return {column: record[column] for column in COLUMNS}


def practices_export_records(*, queryset=None) -> Iterator[dict]:
    """Live, public practices (never drafts) as interchange records, oldest first."""
    pages = (
        (queryset if queryset is not None else practices_live())
        .select_related("locale", "region")
        .prefetch_related("categories", "tagged_items__tag")
        .order_by("id")
    )
    for page in pages.iterator(chunk_size=500):
        yield practice_record(page)


# "I tried this" reports travel beside the practices, in a file of their own (export only):
# the practice they are about (as its record names it), how it went and the reporter's
# conditions. Never the reporter's name or their farm's coordinates. docs/decisions.md.
REPORT_COLUMNS = [
    "practice_title", "practice_language", "practice_latitude", "practice_longitude",
    "outcome", "what_happened", "years",
    *(name for name in PROFILE_FORM_FIELDS if name not in COORDINATES),
    "reported_on",
]  # fmt: skip


def report_record(report: ExperienceReport) -> dict:
    practice = report.practice
    record = {column: getattr(report, column, None) for column in REPORT_COLUMNS}
    record.update(
        practice_title=practice.title,
        practice_language=practice.locale.language_code,
        practice_latitude=practice.latitude,
        practice_longitude=practice.longitude,
        country=str(report.country or ""),
        reported_on=report.created_at.date().isoformat(),
    )
    return record


def reports_export_records() -> Iterator[dict]:
    """Published reports on visible practices, oldest first."""
    reports = (
        ExperienceReport.objects.filter(live=True, practice__in=practices_live())
        .select_related("practice__locale")
        .order_by("id")
    )
    for report in reports.iterator(chunk_size=500):
        yield report_record(report)


def _csv_cell(value) -> str:
    # A spreadsheet would run "=HYPERLINK(…)" typed by a user; the import removes the quote.
    return "" if value is None else str(cell_safe(value))


def records_write(
    *, records: Iterable[dict], file_format: str, stream, columns: list[str] = COLUMNS
) -> int:
    """Write records to a text stream as CSV or JSON; returns how many were written."""
    count = 0
    if file_format == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for record in records:
            writer.writerow([_csv_cell(record[column]) for column in columns])
            count += 1
        return count
    if file_format == "json":
        stream.write("[")
        for record in records:
            stream.write(",\n" if count else "\n")
            stream.write(json.dumps(record, ensure_ascii=False))
            count += 1
        stream.write("\n]\n")
        return count
    raise InterchangeFormatError(
        _("Unknown format %(format)r: use csv or json.") % {"format": file_format}
    )
