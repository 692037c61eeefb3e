"""A pack carries its pages' recordings as audio-only files (a practice's voice note, a
tutorial's uploaded video), and a video's poster, all linked inside the ZIP; the small videos
stay on the site. Audio comes on top of the 5 MB of the rest, within its own budget."""

import json

from django.core.files.base import ContentFile
from django.test import Client

from wagtailmedia.models import get_media_model

import pytest
from bs4 import BeautifulSoup

from practices.reach import pack_build
from practices.reach.models import MediaRenditions
from practices.reach.pack_build import PACK_BUDGET, packs_build
from practices.reach.packs import manifest_read
from tests.practices.reach.conftest import committed
from tests.practices.reach.packs_fixtures import reach_directories, zai_pack_fixture  # noqa: F401
from tests.practices.reach.test_packs import SLUG, assert_links_inside, pack_archive


def media(path, kind: str, title: str):
    made = get_media_model()(title=title, type=kind)
    made.file.save(f"x.{path.suffix[1:]}", ContentFile(path.read_bytes()), save=False)
    with committed():
        made.save()
    return made


@pytest.fixture
def recorded(zai_pack, clips):
    """The zaï pack, its second practice with a voice note, its tutorial with a video."""
    voice = media(clips["m4a"], "audio", "Note de Awa")
    video = media(clips["mp4"], "video", "Creuser")
    practice = zai_pack["practices"][1]
    practice.voice_note = voice
    practice.save_revision().publish()
    tutorial = zai_pack["tutorial"]
    tutorial.body = json.dumps([{"type": "video", "value": {
        "video": video.pk, "url": "", "caption": "Creuser un zaï, en vidéo"}}])  # fmt: skip
    tutorial.save_revision().publish()
    return {"practice": practice, "tutorial": tutorial, "voice": voice, "video": video}


def test_a_pack_carries_the_voice_notes_and_the_videos_sound_linked_inside_it(recorded):
    packs_build()
    archive = pack_archive()
    voice = MediaRenditions.objects.get(media=recorded["voice"])
    video = MediaRenditions.objects.get(media=recorded["video"])
    assert archive.read(f"audio/{voice.media_id}.m4a") == voice.audio.read()
    assert archive.read(f"audio/{video.media_id}.m4a") == video.audio.read()
    assert archive.read(f"images/poster-{video.media_id}.webp") == video.poster.read()
    assert not [name for name in archive.namelist() if name.endswith(".mp4")]  # on the site
    assert_links_inside(archive)

    practice = BeautifulSoup(archive.read(f"practices/{recorded['practice'].id}.html"),
                             "html.parser")  # fmt: skip
    assert practice.find("audio")["src"] == f"../audio/{voice.media_id}.m4a"
    assert "Note vocale" in practice.get_text()  # in the pack's language
    tutorial = BeautifulSoup(archive.read(f"tutorials/{recorded['tutorial'].id}.html"),
                             "html.parser")  # fmt: skip
    text = tutorial.get_text()
    assert "Creuser un zaï, en vidéo" in text and "son seul" in text
    assert recorded["tutorial"].full_url in text  # the video's address, as text
    assert not tutorial.find("video")

    entry = manifest_read()[SLUG]
    assert entry.audio == voice.audio.size + video.audio.size
    assert entry.size - entry.audio <= PACK_BUDGET
    listed = Client().get("/fr/offline/").content.decode()
    assert "dont enregistrements" in listed or "including recordings" in listed


def test_recordings_beyond_the_audio_budget_stay_on_the_site(recorded, monkeypatch):
    monkeypatch.setattr(pack_build, "AUDIO_BUDGET", 1000)
    packs_build()
    archive = pack_archive()
    assert not [name for name in archive.namelist() if name.startswith("audio/")]
    page = archive.read(f"practices/{recorded['practice'].id}.html").decode()
    assert "<audio" not in page and "Trop lourd pour ce paquet" in page
    assert manifest_read()[SLUG].audio == 0
    assert_links_inside(archive)
