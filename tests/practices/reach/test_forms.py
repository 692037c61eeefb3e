"""wagtailmedia's upload form in the admin checks by content too (practices/reach/forms.py):
a fake video is refused, a real one stored under a random name of its detected format."""

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.models import Collection
from wagtailmedia.models import get_media_model

import pytest

from practices.reach.models import MediaRenditions
from tests.practices.reach.conftest import committed, upload
from tests.practices.test_upload_checks import mp4_bytes


@pytest.fixture
def editor(db):
    client = Client()
    client.force_login(User.objects.create_superuser("ed", "ed@example.org", "x"))
    return client


def post(editor, kind: str, file) -> str:
    data = {"title": "Zaï", "file": file, "collection": Collection.get_first_root_node().pk}
    with committed():
        return editor.post(f"/admin/media/{kind}/add/", data).content.decode()


def test_the_admin_refuses_a_fake_video_and_a_fake_sound(editor):
    html = mp4_bytes()[:24] + b"<html><script>alert(1)</script></html>"
    assert "not a video we can show" in post(editor, "video", SimpleUploadedFile("v.mp4", html))
    text = SimpleUploadedFile("s.mp3", b"just words\n" * 50)
    assert "not a sound we can play" in post(editor, "audio", text)
    assert not get_media_model().objects.exists()


def test_the_admin_stores_a_video_by_its_format_and_makes_it_small(editor, clips):
    post(editor, "video", upload(clips["mp4"], name="zai.mov"))
    media = get_media_model().objects.get()
    assert media.file.name.endswith(".mp4") and "zai" not in media.file.name
    assert MediaRenditions.objects.get(media=media).ready
