"""Uploads are judged by their size first, then by their content (never by name or type)."""

import io

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image

from practices.uploads import PHOTO_MAX_BYTES, photo_check, video_check


def image_bytes(kind="JPEG", size=(64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (120, 90, 40)).save(out, kind)
    return out.getvalue()


class Huge(SimpleUploadedFile):
    """Claims a size past the limit; reading it would fail the test."""

    def __init__(self, name, claimed):
        super().__init__(name, b"")
        self.size = claimed

    def read(self, *args):
        raise AssertionError("the content was read before the size was checked")


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP", "GIF"])
def test_real_photos_pass(kind):
    photo_check(SimpleUploadedFile("field.bin", image_bytes(kind), "application/octet-stream"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("zai.jpg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>x()</script></svg>",
         "not a photo we can read"),
        ("zai.svg", b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>",
         "not a photo we can read"),
        ("zai.jpg", b"MZ\x90\x00 an executable", "not a photo we can read"),
        ("zai.jpg", image_bytes()[:200], "not a photo we can read"),  # truncated
        ("zai.tiff", image_bytes("TIFF"), "not a photo we can read"),  # not a web format
    ],
)  # fmt: skip
def test_anything_else_is_refused_whatever_its_name(name, content, message):
    with pytest.raises(ValidationError, match=message):
        photo_check(SimpleUploadedFile(name, content, "image/jpeg"))


def test_a_decompression_bomb_is_refused():
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, "PNG")  # 144 megapixels, a few kilobytes
    assert len(out.getvalue()) < 100_000
    with pytest.raises(ValidationError):
        photo_check(SimpleUploadedFile("bomb.png", out.getvalue(), "image/png"))


def test_size_is_checked_before_reading():
    with pytest.raises(ValidationError, match="at most 8"):
        photo_check(Huge("big.jpg", PHOTO_MAX_BYTES + 1))
    with pytest.raises(ValidationError, match="at most 100"):
        video_check(Huge("big.mp4", 100 * 1024 * 1024 + 1))


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 32, "mp4"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81" + b"\x00" * 32, "webm"),
        (b"OggS\x00\x02" + b"\x00" * 32, "ogg"),
    ],
)
def test_videos_are_recognised_by_their_signature(content, kind):
    assert video_check(SimpleUploadedFile("clip.bin", content, "text/plain")) == kind


def test_a_renamed_file_is_not_a_video():
    with pytest.raises(ValidationError, match="not a video"):
        video_check(SimpleUploadedFile("clip.mp4", b"<html>not a video</html>", "video/mp4"))
