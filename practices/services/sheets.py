"""The row-error contract every import keeps (practices, partners, country actions), and the
reading and writing of spreadsheet cells they share.

Rows are numbered as a spreadsheet shows them (the header is row 1); an error names its row
(0 for the whole file), its column and the reason, in the reader's language."""

import csv
import io
import math
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

# A cell starting with one of these would run as a formula in a spreadsheet: the exports add a
# leading quote, the imports take it away.
FORMULA_STARTS = ("=", "+", "-", "@")


@dataclass(frozen=True)
class RowError:
    row: int  # 0 for an error about the whole file
    column: str
    message: str

    def __str__(self) -> str:
        where = _("row %(row)s") % {"row": self.row} if self.row else _("file")
        return f"{where}, {self.column or '-'}: {self.message}"


@dataclass
class ImportResult:
    created: list = field(default_factory=list)  # the objects written
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def rows_checked(records, check, result: ImportResult) -> list:
    """What `check(number, record)` makes of each row it accepts; the RowErrors of the rows it
    refuses (it returns a list of them) go to `result`."""
    accepted = []
    for number, record in records:
        checked = check(number, record)
        if isinstance(checked, list):
            result.errors.extend(checked)
        else:
            accepted.append(checked)
    return accepted


class InterchangeFormatError(ValueError):
    """The file cannot be read as the interchange format at all."""


def cell_text(value) -> str:
    """A cell as text: whole numbers without ".0", the exports' formula guard removed."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    if text[:1] == "'" and text[1:2] in FORMULA_STARTS:
        return text[1:]  # the guard our exports add against spreadsheet formulas
    return text


def cells_split(value) -> list[str]:
    """A list cell ("a;b") or a JSON list, as its non-empty items."""
    items = value if isinstance(value, list) else cell_text(value).split(";")
    return [str(item).strip() for item in items if str(item).strip()]


def cell_safe(value):
    """A value for a spreadsheet cell: lists joined by ";", formulas quoted as text."""
    if isinstance(value, list):
        value = ";".join(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value  # text, never a formula (the import removes the quote)
    return value


def sheet_lines(*, content: bytes, file_format: str) -> list[list]:
    """The lines of a CSV (UTF-8) or XLSX file, the header first."""
    if file_format == "csv":
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InterchangeFormatError(_("A CSV file must be in UTF-8.")) from error
        return list(csv.reader(io.StringIO(text)))
    if file_format == "xlsx":
        try:
            workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
            raise InterchangeFormatError(_("Not a readable XLSX file.")) from error
        lines = [list(line) for line in workbook.worksheets[0].iter_rows(values_only=True)]
        workbook.close()
        return lines
    raise InterchangeFormatError(
        _("Unknown format %(format)r: use csv or xlsx.") % {"format": file_format}
    )


def sheet_opened(
    *, content: bytes, file_format: str, required, known, unknown: str | None = None
) -> tuple[list[tuple[int, dict]], ImportResult]:
    """A CSV or XLSX import begun: its (row number as the spreadsheet shows it, record of cell
    texts) pairs, blank lines left out, and the result so far: problems of the file or its
    header (see header_problems), rows with more cells than the header (never dropped
    silently). The import goes on only while the result has no errors."""
    try:
        lines = sheet_lines(content=content, file_format=file_format)
    except InterchangeFormatError as error:
        return [], ImportResult(errors=[RowError(0, "", str(error))])
    header = [cell_text(cell) for cell in (lines[0] if lines else [])]
    problems = header_problems(header, required=required, known=known, unknown=unknown)
    records = []
    for number, cells in enumerate(lines[1:], start=2):
        cells = [cell_text(cell) for cell in cells]
        if not any(cells):
            continue
        if len(cells) > len(header) and any(cells[len(header) :]):
            problems.append(RowError(number, "", _("This row has more cells than the header.")))
            continue
        records.append((number, dict(zip(header, cells, strict=False))))
    return records, ImportResult(rows=len(records), errors=problems)


def header_problems(
    header: list[str], *, required, known, unknown: str | None = None
) -> list[RowError]:
    """Missing required columns and unknown ones (`unknown`: the message for those)."""
    unknown = unknown or _("Unknown column.")
    problems = [
        RowError(0, column, _("Required column is missing."))
        for column in required
        if column not in header
    ]
    return problems + [
        RowError(0, column, unknown) for column in header if column and column not in known
    ]
