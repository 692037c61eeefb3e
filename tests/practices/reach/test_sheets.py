"""Practice sheets: a PDF in the practice's language, with its title and conditions, kept until
the practice is published again."""

import io

from django.test import Client

from pypdf import PdfReader

from tests.practices.reach.packs_fixtures import reach_directories, zai_pack_fixture  # noqa: F401


def sheet_text(response) -> str:
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return text.replace("\u00a0", " ").replace("\u202f", " "), len(reader.pages)


def test_sheet_has_title_and_conditions_in_the_practice_language(zai_pack):
    practice = zai_pack["practices"][0]
    response = Client().get(f"/fr/sheets/{practice.id}.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text, pages = sheet_text(response)
    assert 1 <= pages <= 2
    assert "Zaï numéro 0" in text
    assert "A marché" in text  # its outcome, in French
    assert "Conditions de la ferme" in text
    assert "550 mm par an" in text and "Niger" in text
    assert f"/p/{practice.id}" in text  # the short link to read more


def test_sheet_of_a_draft_or_unknown_page_is_404(zai_pack):
    client = Client()
    assert client.get(f"/fr/sheets/{zai_pack['draft'].id}.pdf").status_code == 404
    assert client.get("/fr/sheets/999999.pdf").status_code == 404
    assert client.get(f"/fr/sheets/{zai_pack['tutorial'].id}.pdf").status_code == 404


def test_sheet_is_kept_then_remade_when_the_practice_is_published(
    zai_pack, settings, django_capture_on_commit_callbacks
):
    practice = zai_pack["practices"][2]
    client = Client()
    client.get(f"/fr/sheets/{practice.id}.pdf")
    kept = list(settings.TERROIR_SHEETS_DIR.glob(f"{practice.id}-*.pdf"))
    assert len(kept) == 1
    client.get(f"/fr/sheets/{practice.id}.pdf")
    assert list(settings.TERROIR_SHEETS_DIR.glob(f"{practice.id}-*.pdf")) == kept

    with django_capture_on_commit_callbacks(execute=True):
        practice.title = "Zaï amélioré"
        practice.save_revision().publish()
    assert not kept[0].exists()
    text, _pages = sheet_text(client.get(f"/fr/sheets/{practice.id}.pdf"))
    assert "Zaï amélioré" in text


def test_practice_page_links_to_its_sheet(zai_pack):
    practice = zai_pack["practices"][0]
    html = Client().get(practice.url).content.decode()
    assert f'href="/fr/sheets/{practice.id}.pdf"' in html
