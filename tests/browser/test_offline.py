"""An offline pack opens from disk (file://, no server, no network) and its links work."""

import io
import zipfile

from playwright.sync_api import expect

from practices.reach.pack_build import packs_build
from practices.reach.packs import pack_file
from tests.practices.reach.packs_fixtures import zai_pack_fixture  # noqa: F401 - its practices


def test_pack_opens_from_disk_and_its_links_work(page, zai_pack, settings, tmp_path):
    settings.TERROIR_PACKS_DIR = tmp_path / "packs"
    packs_build()
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(
        io.BytesIO(pack_file("fr-west-africa-water-harvesting").read_bytes())
    ) as z:
        z.extractall(folder)
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    page.goto((folder / "index.html").as_uri())
    expect(page.locator("h1")).to_contain_text("Collecte des eaux de pluie")
    page.get_by_role("link", name="Zaï numéro 0").click()
    expect(page.locator("h1")).to_have_text("Zaï numéro 0")
    photo = page.locator("article img")
    expect(photo).to_be_visible()
    assert photo.evaluate("img => img.naturalWidth") > 0  # the WebP inside the pack
    page.get_by_role("link", name="Toutes les pratiques de ce paquet").click()
    page.get_by_role("link", name="Creuser un zaï").click()
    expect(page.locator("h1")).to_have_text("Creuser un zaï")
    assert requests and all(url.startswith("file://") for url in requests), requests
