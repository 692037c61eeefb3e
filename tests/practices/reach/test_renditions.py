"""The small renditions of an uploaded video or sound (practices/reach/services/renditions.py):
made from clips ffmpeg generates itself, probed again with ffmpeg."""

import io

from django.core.files.base import ContentFile
from django.core.management import call_command

from wagtailmedia.models import get_media_model

import pytest
from PIL import Image

from practices.media_probe import media_probe
from practices.reach.demo import clip_make
from practices.reach.models import MediaRenditions
from practices.reach.services.renditions import renditions_make
from tests.practices.reach.conftest import committed
from tests.practices.test_upload_checks import mp4_bytes

pytestmark = pytest.mark.django_db


def media_saved(path, kind="video", content=None):
    """A wagtailmedia file saved as an upload is, its renditions made once it is committed."""
    media = get_media_model()(title="A clip", type=kind)
    media.file.save(f"x{path.suffix}", ContentFile(content or path.read_bytes()), save=False)
    with committed():
        media.save()
    return media


def test_a_video_gets_a_small_video_an_audio_only_file_and_a_poster(clips):
    media = media_saved(clips["mp4"])
    renditions = MediaRenditions.objects.get(media=media)
    assert renditions.ready and renditions.error == ""
    small = media_probe(renditions.video.path)
    assert (small.video, small.audio) == ("h264", "aac") and small.container.startswith("mov")
    assert 1.8 <= small.duration <= 2.3 and small.height <= 360
    sound = media_probe(renditions.audio.path)
    assert (sound.video, sound.audio) == (None, "aac") and 1.8 <= sound.duration <= 2.3
    assert 1.8 <= renditions.duration <= 2.3
    with Image.open(renditions.poster.path) as poster:
        assert poster.format == "WEBP" and poster.size == (160, 120)
    assert renditions.video.size < 150_000 and renditions.audio.size < 40_000
    assert renditions.video.name.endswith(".mp4") and renditions.audio.name.endswith(".m4a")


def test_a_large_video_is_made_small(tmp_path):
    clip = clip_make(tmp_path / "big.mp4", seconds=1, size="1280x720")
    renditions = renditions_make(media_id=media_saved(clip).pk)
    small = media_probe(renditions.video.path)
    assert (small.width, small.height) == (640, 360)
    assert renditions.video.size < clip.stat().st_size


def test_a_voice_note_gets_a_small_sound_only(clips):
    for extension in ("m4a", "ogg", "webm", "amr"):
        renditions = renditions_make(media_id=media_saved(clips[extension], "audio").pk)
        assert renditions.ready and not renditions.video and not renditions.poster
        sound = media_probe(renditions.audio.path)
        assert sound.audio == "aac" and 1.8 <= sound.duration <= 2.4, extension


def test_a_corrupt_video_fails_and_says_why(tmp_path):
    broken = mp4_bytes(boxes=((b"moov", b"\x00" * 8), (b"mdat", b"\x00" * 4000)))
    media = media_saved(tmp_path / "broken.mp4", content=broken)
    renditions = MediaRenditions.objects.get(media=media)
    assert renditions.failed and renditions.error
    assert not renditions.video and not renditions.audio and not renditions.poster


def test_renditions_are_made_again_only_for_a_new_file(clips):
    media = media_saved(clips["mp4"])
    first = MediaRenditions.objects.get(media=media).video.name
    media.title = "Renamed"
    with committed():
        media.save()
    assert MediaRenditions.objects.get(media=media).video.name == first
    with committed():
        media.file.save("y.mp4", ContentFile(clips["mp4"].read_bytes()))
    assert MediaRenditions.objects.get(media=media).video.name != first


def test_media_uploaded_before_renditions_get_them_from_the_command(clips):
    media = get_media_model()(title="Old", type="video")
    media.file.save("old.mp4", ContentFile(clips["mp4"].read_bytes()))  # no commit: no task
    MediaRenditions.objects.filter(media=media).delete()  # as before the reach app
    call_command("renditions_make", stdout=io.StringIO())
    assert MediaRenditions.objects.get(media=media).ready
