"""import_country_actions: the practices' import contract (row, column, reason; all or
nothing unless --skip-invalid), from CSV and XLSX."""

import io

from django.core.management import CommandError, call_command

import pytest
from openpyxl import Workbook

from practices.impact.dashboard.actions_import import country_actions_import
from practices.impact.models import CountryAction

HEADER = "country,name,language,year,beneficiaries,hectares,categories,ndc_soil_carbon,notes\n"
GOOD = "SN,Programme agroécologique,fr,2024,18000,42000.5,agroforestry;cover-crops,yes,\n"
BAD = (
    "XX,Bad country,en,2024,10,1,,yes,\n"  # row 3
    "KE,,en,3000,-5,,teleportation,maybe,\n"  # row 4
)


@pytest.mark.django_db
def test_an_invalid_row_is_reported_and_nothing_is_imported(libraries):
    result = country_actions_import(content=(HEADER + GOOD + BAD).encode(), file_format="csv")
    assert CountryAction.objects.count() == 0
    found = {(error.row, error.column) for error in result.errors}
    assert {(3, "country"), (4, "name"), (4, "year"), (4, "beneficiaries"), (4, "categories"),
            (4, "ndc_soil_carbon")} <= found  # fmt: skip
    assert not any(error.row == 2 for error in result.errors)
    assert "teleportation" in next(str(e) for e in result.errors if e.column == "categories")


@pytest.mark.django_db
def test_skip_invalid_imports_the_good_rows(libraries):
    result = country_actions_import(
        content=(HEADER + GOOD + BAD).encode(), file_format="csv", skip_invalid=True
    )
    assert len(result.created) == 1
    action = CountryAction.objects.get()
    assert action.locale.language_code == "fr" and action.hectares == 42000.5
    assert action.categories == ["agroforestry", "cover-crops"]


@pytest.mark.django_db
def test_a_file_without_required_columns_is_refused(libraries):
    result = country_actions_import(content=b"name,colour\nX,red\n", file_format="csv")
    assert {(0, "country"), (0, "colour")} <= {(e.row, e.column) for e in result.errors}


@pytest.mark.django_db
def test_command_imports_xlsx_and_refuses_bad_files(libraries, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["country", "name", "year", "hectares", "ndc_soil_carbon"])
    sheet.append(["PE", "Pastos altoandinos", 2024, 11000, "no"])
    path = tmp_path / "actions.xlsx"
    workbook.save(path)
    out = io.StringIO()
    call_command("import_country_actions", str(path), stdout=out)
    assert "Imported 1 of 1" in out.getvalue()
    assert CountryAction.objects.get().get_ndc_soil_carbon_display() == "No"

    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + BAD, encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_country_actions", str(bad), stderr=io.StringIO())
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a spreadsheet")
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_country_actions", str(broken), stderr=err)
    assert "file, -: Not a readable XLSX file." in err.getvalue()  # said as the partners' is
    assert CountryAction.objects.count() == 1
