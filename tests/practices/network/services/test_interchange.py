"""Members and partners to and from a spreadsheet: the same values back, errors by row."""

import csv
import io

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

import pytest
from openpyxl import Workbook, load_workbook
from PIL import Image

from practices.network.models import Organisation
from practices.network.services.interchange import COLUMNS, partner_records, partners_import
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db

ROW = {
    "name": "CIRAD", "college": "research", "status": "member", "country": "FR",
    "latitude": "43.65", "longitude": "3.87", "town": "", "website": "https://www.cirad.fr",
    "joined": "2015", "description": "Research for development.", "language": "en",
    "regions": "europe",
}  # fmt: skip


def _csv(*rows: dict) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def _xlsx(*rows: dict) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([row.get(column, "") for column in COLUMNS])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@pytest.fixture
def regions(db):
    return [
        RegionFactory(slug="europe", name="Europe"),
        RegionFactory(slug="west-africa", name="West Africa"),
    ]


def test_a_row_per_language_makes_one_organisation_with_three_descriptions(regions):
    rows = [
        ROW,
        {**ROW, "description": "Recherche pour le développement.", "language": "fr"},
        {**ROW, "description": "Investigación para el desarrollo.", "language": "es"},
    ]
    result = partners_import(content=_csv(*rows), file_format="csv")
    assert result.ok, result.errors
    cirad = Organisation.objects.get()
    assert cirad.description_en == "Research for development."
    assert cirad.description_fr == "Recherche pour le développement."
    assert cirad.description_es == "Investigación para el desarrollo."
    assert [r.slug for r in cirad.regions.all()] == ["europe"]


def test_a_town_places_the_organisation_on_the_map(regions):
    row = {**ROW, "name": "Alfter", "college": "state", "status": "partner", "country": "DE",
           "latitude": "", "longitude": "", "town": "Alfter"}  # fmt: skip
    assert partners_import(content=_csv(row), file_format="csv").ok
    alfter = Organisation.objects.get()
    assert (alfter.latitude, alfter.longitude) == pytest.approx((50.73, 7.02), abs=0.05)


def test_a_town_several_places_share_asks_which_one_and_its_label_places_it(regions):
    row = {**ROW, "name": "Cooperativa", "college": "producer_organisation", "status": "member",
           "country": "BO", "latitude": "", "longitude": "", "town": "San Pedro"}  # fmt: skip
    result = partners_import(content=_csv(row), file_format="csv")
    error = next(str(e) for e in result.errors)
    assert "Several places have that name" in error and "San Pedro (" in error
    assert not Organisation.objects.exists()
    label = error.split("as ", 1)[1].split(", or", 1)[0]
    assert partners_import(content=_csv({**row, "town": label}), file_format="csv").ok


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_then_import_gives_the_same_values_back(regions, tmp_path, file_format):
    formula = {
        **ROW, "name": '=HYPERLINK("x")', "college": "ngo", "status": "partner",
        "regions": "europe;west-africa", "website": "",
    }  # fmt: skip
    french = {**ROW, "description": "Recherche.", "language": "fr"}
    assert partners_import(content=_csv(ROW, french, formula), file_format="csv").ok
    before = list(partner_records())
    path = tmp_path / f"partners.{file_format}"
    call_command("export_partners", "-o", str(path), stderr=io.StringIO())
    if file_format == "xlsx":
        cells = [c.value for c in next(load_workbook(path).active.iter_rows(min_row=2))]
        assert all(not str(cell).startswith("=") for cell in cells if cell)  # no formula written
    Organisation.objects.all().delete()
    call_command("import_partners", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    assert list(partner_records()) == before
    assert Organisation.objects.filter(name='=HYPERLINK("x")').exists()


def test_each_bad_row_is_reported_by_row_and_column_and_nothing_is_written(regions):
    rows = [
        ROW,
        {**ROW, "name": "Nowhere", "college": "club"},  # row 3
        {**ROW, "name": "Bad year", "joined": "soon"},  # row 4
        {**ROW, "name": "No place", "latitude": "", "longitude": "", "town": ""},  # row 5
        {
            **ROW,
            "name": "Atlantis",
            "latitude": "",
            "longitude": "",
            "town": "Atlantis City",
        },  # row 6
        {**ROW, "name": "Klingon", "language": "tlh"},  # row 7
    ]
    result = partners_import(content=_xlsx(*rows), file_format="xlsx")
    where = {(e.row, e.column) for e in result.errors}
    assert where == {(3, "college"), (4, "joined"), (5, "town"), (6, "town"), (7, "language")}
    assert "No town of that name" in next(str(e) for e in result.errors if e.row == 6)
    assert Organisation.objects.count() == 0
    partial = partners_import(content=_xlsx(*rows), file_format="xlsx", skip_invalid=True)
    assert [o.name for o in partial.created] == ["CIRAD"]


def test_a_file_with_a_missing_column_or_in_another_format_is_refused_whole(regions, tmp_path):
    out = io.StringIO()
    csv.writer(out).writerows([["name", "college", "colour"], ["CIRAD", "research", "green"]])
    result = partners_import(content=out.getvalue().encode(), file_format="csv")
    assert {(e.row, e.column) for e in result.errors} == {
        (0, "status"),
        (0, "country"),
        (0, "colour"),
    }
    assert not partners_import(content=b"PK\x03\x04 not really", file_format="xlsx").ok
    path = tmp_path / "bad.csv"
    path.write_bytes(_csv({**ROW, "status": "observer"}))
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_partners", str(path), stdout=io.StringIO(), stderr=err)
    assert "row 2, status" in err.getvalue()


def test_a_logo_is_checked_by_its_content_and_named_by_its_format(regions, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    fake = SimpleUploadedFile("logo.png", b"<svg onload=alert(1)>", content_type="image/png")
    organisation = Organisation(
        name="X", college="ngo", status="partner", country="FR", latitude=45, longitude=3, logo=fake
    )
    with pytest.raises(ValidationError) as refused:
        organisation.full_clean()
    assert "logo" in refused.value.message_dict
    image = io.BytesIO()
    Image.new("RGB", (4, 4), "green").save(image, "WEBP")
    organisation.logo = SimpleUploadedFile("logo.png", image.getvalue(), content_type="image/png")
    organisation.full_clean()
    organisation.save()
    assert organisation.logo.name.startswith("network/logos/") and organisation.logo.name.endswith(
        ".webp"
    )
    assert "logo" not in organisation.logo.name.removeprefix("network/logos/")


def test_a_row_with_more_cells_than_the_header_is_reported_not_cut(regions):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerow([ROW[column] for column in COLUMNS])
    writer.writerow([{**ROW, "name": "CIRAD, Montpellier"}[c] for c in COLUMNS] + ["Europe"])
    result = partners_import(content=out.getvalue().encode(), file_format="csv")
    assert [(e.row, str(e)) for e in result.errors] == [
        (3, "row 3, -: This row has more cells than the header.")
    ]
    assert Organisation.objects.count() == 0  # all rows or none
