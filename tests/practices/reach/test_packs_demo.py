"""The demo corpus comes with its offline packs, and every page this app adds answers."""

import io
import zipfile

from django.test import Client

import pytest

from practices.demo.corpus import demo_load
from practices.models import PracticePage
from practices.reach.packs import manifest_read, pack_file
from tests.practices.reach.packs_fixtures import reach_directories  # noqa: F401

pytestmark = pytest.mark.slow


def test_demo_has_packs_and_every_reach_page_answers(libraries):
    demo_load(practices=80, translated=20)
    entries = manifest_read()
    assert entries, "the demo builds its packs"
    assert {entry.language for entry in entries.values()} >= {"en", "fr"}
    client = Client()
    for language in ("en", "fr", "es"):
        html = client.get(f"/{language}/offline/").content.decode()
        for entry in entries.values():
            if entry.language == language:
                assert f"/{language}/offline/{entry.slug}.zip" in html
    some = next(iter(entries.values()))
    with zipfile.ZipFile(io.BytesIO(pack_file(some.slug).read_bytes())) as archive:
        assert "index.html" in archive.namelist()
    practice = PracticePage.objects.live().exclude(photo=None).first()
    assert (
        client.get(f"/{practice.locale.language_code}/sheets/{practice.id}.pdf").status_code == 200
    )
    assert client.get(f"/p/{practice.id}").status_code == 302
    assert client.get(f"/fr/text-only/?on=1&next={practice.url}", follow=True).status_code == 200
