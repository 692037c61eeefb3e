"""Uploads are judged by their size first, then by their content (never by name or type)."""

import io
import sys
import warnings

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image

from practices.upload_checks import PHOTO_MAX_BYTES, media_content_type, photo_check, video_check


def image_bytes(kind="JPEG", size=(64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (120, 90, 40)).save(out, kind)
    return out.getvalue()


def mp4_bytes(brand=b"isom", boxes=((b"moov", b"\x00" * 8), (b"mdat", b"\x00" * 64))) -> bytes:
    """A minimal ISO base media file: ftyp, then whole boxes."""
    out = (24).to_bytes(4, "big") + b"ftyp" + brand + b"\x00\x00\x02\x00" + brand + b"mp41"
    for kind, payload in boxes:
        out += (8 + len(payload)).to_bytes(4, "big") + kind + payload
    return out


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


def test_checks_leave_the_process_wide_warning_filters_alone(monkeypatch, tmp_path):
    """warnings.catch_warnings() swaps the filters of the whole process: not thread-safe under
    gunicorn's threads (one could leave "ignore" in place for all). The pixel cap refuses bombs
    without it, and the media view's content sniffing reads only a header."""

    callers, original = [], warnings.catch_warnings

    def recorded(*args, **kwargs):
        callers.append(sys._getframe(1).f_globals.get("__name__"))
        return original(*args, **kwargs)

    monkeypatch.setattr(warnings, "catch_warnings", recorded)
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, "PNG")  # past Pillow's warning threshold
    with pytest.raises(ValidationError, match="too many pixels"):
        photo_check(SimpleUploadedFile("bomb.png", out.getvalue(), "image/png"))
    (tmp_path / "bomb.png").write_bytes(out.getvalue())
    assert media_content_type(str(tmp_path / "bomb.png")) == "image/png"
    assert "practices.upload_checks" not in callers


def test_size_is_checked_before_reading():
    with pytest.raises(ValidationError, match="at most 8"):
        photo_check(Huge("big.jpg", PHOTO_MAX_BYTES + 1))
    with pytest.raises(ValidationError, match="at most 100"):
        video_check(Huge("big.mp4", 100 * 1024 * 1024 + 1))


def ebml_bytes(doctype=b"webm") -> bytes:
    """An EBML header (version, read version, id and size lengths, document type), then the
    start of a Segment of unknown size."""
    children = (b"\x42\x86\x81\x01" b"\x42\xf7\x81\x01" b"\x42\xf2\x81\x04" b"\x42\xf3\x81\x08"
                + b"\x42\x82" + bytes([0x80 | len(doctype)]) + doctype)  # fmt: skip
    header = b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(children)]) + children
    return header + b"\x18\x53\x80\x67\x01\xff\xff\xff\xff\xff\xff\xff" + b"\x00" * 32


def ogg_bytes(packet=b"\x80theora\x03\x02\x01") -> bytes:
    """The first page of an Ogg stream: version 0, beginning of stream, one segment."""
    page = b"OggS\x00\x02" + b"\x00" * 8 + b"\x01\x00\x00\x00" + b"\x00" * 8
    return page + bytes([1, len(packet)]) + packet


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (mp4_bytes(), "mp4"),
        (mp4_bytes(brand=b"qt  "), "mov"),
        (mp4_bytes(brand=b"3gp4"), "3gp"),
        (ebml_bytes(), "webm"),
        (ebml_bytes(b"matroska"), "mkv"),
        (ogg_bytes(), "ogv"),
    ],
)
def test_videos_are_recognised_by_their_structure(content, kind):
    assert video_check(SimpleUploadedFile("clip.bin", content, "text/plain")) == kind


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom<html><script>x()</script>",
        mp4_bytes(boxes=[(b"mdat", b"\x00" * 64)]),  # no movie box
        mp4_bytes() + b"<script>x()</script>",  # trailing bytes that are not a box
        mp4_bytes()[:-10],  # truncated
        b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 32,  # the four bytes the old check read
        ebml_bytes(b"html"),
        ebml_bytes()[:20] + b"<html>",
        b"\x1a\x45\xdf\xa3<html><script>x()</script></html>",
        ogg_bytes(b"\x01vorbis"),  # a sound, not a video
        b"OggS\x00\x02" + b"\x00" * 32,
        mp4_bytes(brand=b"M4A "),  # a sound in an MP4 box
    ],
)
def test_files_that_only_start_like_a_video_are_refused(content):
    with pytest.raises(ValidationError, match="not a video"):
        video_check(SimpleUploadedFile("clip.mp4", content, "video/mp4"))


def test_a_renamed_file_is_not_a_video():
    with pytest.raises(ValidationError, match="not a video"):
        video_check(SimpleUploadedFile("clip.mp4", b"<html>not a video</html>", "video/mp4"))
