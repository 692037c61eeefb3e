"""Offline packs: self-contained ZIPs of static HTML, listed with their size, rebuilt when a
page they hold changes."""

import io
import posixpath
import re
import zipfile

from django.core.management import call_command
from django.test import Client

from bs4 import BeautifulSoup
from PIL import Image

from practices.reach.pack_build import PACK_BUDGET, packs_build
from practices.reach.packs import manifest_read, pack_file
from tests.practices.reach.packs_fixtures import reach_directories, zai_pack_fixture  # noqa: F401

SLUG = "fr-west-africa-water-harvesting"
PACK_REFERENCES = ["a", "img", "link", "script", "source", "iframe", "audio", "video"]
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)  # a scheme, or //host


def pack_archive(slug: str = SLUG) -> zipfile.ZipFile:
    path = pack_file(slug)
    assert path is not None, f"no pack {slug}"
    return zipfile.ZipFile(io.BytesIO(path.read_bytes()))


def pack_text(archive: zipfile.ZipFile) -> str:
    return "".join(
        archive.read(name).decode() for name in archive.namelist() if name.endswith(".html")
    )


def test_pack_opens_offline_with_every_link_inside_it(zai_pack):
    packs_build()
    archive = pack_archive()
    names = set(archive.namelist())
    assert "index.html" in names
    assert {f"practices/{p.id}.html" for p in zai_pack["practices"]} <= names
    assert f"tutorials/{zai_pack['tutorial'].id}.html" in names
    assert_links_inside(archive)


def assert_links_inside(archive: zipfile.ZipFile) -> None:
    """No page of the pack refers outside it; every relative reference names one of its files."""
    names = set(archive.namelist())
    for name in names - {n for n in names if not n.endswith(".html")}:
        soup = BeautifulSoup(archive.read(name), "html.parser")
        for tag in soup.find_all(PACK_REFERENCES):
            for attribute in ("href", "src", "srcset"):
                target = tag.get(attribute)
                if target is None:
                    continue
                assert not EXTERNAL.match(target), f"{name}: {attribute}={target}"
                resolved = posixpath.normpath(
                    posixpath.join(posixpath.dirname(name), target.split("#")[0])
                )
                assert resolved in names, f"{name}: {target} leads outside the pack"
        assert "//" not in str(soup.find("style") or ""), name


def test_pack_holds_small_webp_photos_and_its_date_and_no_draft(zai_pack):
    packs_build()
    archive = pack_archive()
    photo = archive.read(f"images/{zai_pack['practices'][0].id}.webp")
    assert Image.open(io.BytesIO(photo)).format == "WEBP"
    assert len(photo) < 100 * 1024
    text = pack_text(archive)
    assert "Zaï numéro 3" in text and "Creuser un zaï" in text
    assert "Brouillon secret" not in text  # the draft
    assert "Zai in English" not in text  # another language's pack
    assert re.search(r"Offline pack made on|Paquet hors ligne", text)
    assert pack_file(SLUG).stat().st_size <= PACK_BUDGET


def test_offline_page_lists_packs_with_their_size_and_serves_the_zip(zai_pack):
    packs_build()
    client = Client()
    page = client.get("/fr/offline/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Collecte des eaux de pluie" in html
    assert re.search(r"4 pratiques, [\d,]+\s(?:Kio|Ko|octets)", html)
    assert client.get("/en/offline/").content.decode().count("Collecte des eaux") == 0

    download = client.get(f"/fr/offline/{SLUG}.zip")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"
    assert download["Content-Disposition"].startswith("attachment")
    assert zipfile.is_zipfile(io.BytesIO(b"".join(download.streaming_content)))
    assert client.get("/fr/offline/fr-nowhere-nothing.zip").status_code == 404
    assert client.get("/fr/offline/..%2Fpacks.json.zip").status_code == 404


def test_first_visit_builds_the_packs(zai_pack):
    assert manifest_read() == {}
    html = Client().get("/fr/offline/").content.decode()
    assert "Collecte des eaux de pluie" in html


def test_publishing_rebuilds_the_packs_holding_the_page(
    zai_pack, django_capture_on_commit_callbacks
):
    packs_build()
    first, second = zai_pack["practices"][:2]
    with django_capture_on_commit_callbacks(execute=True):
        first.title = "Zaï renommé"
        first.save_revision().publish()
    assert "Zaï renommé" in pack_text(pack_archive())
    with django_capture_on_commit_callbacks(execute=True):
        second.unpublish()
    text = pack_text(pack_archive())
    assert "Zaï numéro 1" not in text
    assert f"practices/{second.id}.html" not in pack_archive().namelist()


def test_a_pack_left_with_too_few_practices_is_removed(
    zai_pack, django_capture_on_commit_callbacks
):
    packs_build()
    with django_capture_on_commit_callbacks(execute=True):
        for practice in zai_pack["practices"][:2]:
            practice.unpublish()
    assert pack_file(SLUG) is None
    assert "Collecte des eaux" not in Client().get("/fr/offline/").content.decode()


def test_command_builds_the_packs(zai_pack):
    out = io.StringIO()
    call_command("build_offline_packs", stdout=out)
    assert f"{SLUG}: 4 practices" in out.getvalue()
