"""Checking what farmers upload: by size first (before anything is read into memory), then by
content — images decoded by Pillow (decompression bombs refused, SVG never accepted), videos by
the structure of their container. The file name and the browser's content type are not trusted:
a checked file is stored under a random name with the extension of its detected format, and
`media_content_type` tells the media view what a stored file really is.
"""

import functools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler, SkipFile, StopUpload
from django.utils.formats import number_format
from django.utils.translation import gettext as _

import filetype
from PIL import Image, UnidentifiedImageError

from practices.media_probe import media_probe

PHOTO_MAX_BYTES = 8 * 1024 * 1024
VIDEO_MAX_BYTES = 100 * 1024 * 1024
VOICE_MAX_BYTES = 10 * 1024 * 1024  # three minutes of a phone's recording, with room
VOICE_MAX_SECONDS = 180
MAX_PHOTOS = 5
# Everything one submission may carry, with room for the text fields.
REQUEST_MAX_BYTES = MAX_PHOTOS * PHOTO_MAX_BYTES + VIDEO_MAX_BYTES + VOICE_MAX_BYTES + 1024 * 1024
# One photo, a voice note and the text.
REPORT_REQUEST_MAX_BYTES = PHOTO_MAX_BYTES + VOICE_MAX_BYTES + 1024 * 1024
# Past this many times its cap a request's files are cut off unread: no phone sends that much
# in good faith, and each byte read holds one of gunicorn's threads.
CUT_OFF_FACTOR = 2
PHOTO_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}  # Pillow's names
PHOTO_MAX_PIXELS = 40_000_000  # a 40-megapixel photo; Pillow refuses far bigger by default
# What the media view serves as itself; anything else is served as application/octet-stream.
IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp",
               "GIF": "image/gif", "AVIF": "image/avif"}  # fmt: skip
VIDEO_TYPES = {"mp4": "video/mp4", "mov": "video/quicktime", "3gp": "video/3gpp",
               "m4a": "audio/mp4", "webm": "video/webm", "mkv": "video/x-matroska",
               "ogv": "video/ogg", "oga": "audio/ogg"}  # fmt: skip
AUDIO_TYPES = {"audio/mpeg", "audio/x-wav", "audio/x-flac", "audio/aac", "audio/ogg",
               "audio/mp4", "audio/amr"}  # fmt: skip
VIDEO_EXTENSIONS = {"mp4", "mov", "3gp", "webm", "mkv", "ogv"}  # what the video field takes
OCTET_STREAM = "application/octet-stream"


class RequestTooLarge(FileUploadHandler):
    """Refuses the files of a request larger than `max_bytes` (REQUEST_MAX_BYTES by default):
    none of them is kept, but the text fields are still read, so that the form can be shown
    again as typed with a clear message (`upload_too_large`). The body is read to its end
    (and dropped), so that the browser receives that answer rather than a reset connection;
    only past CUT_OFF_FACTOR times `max_bytes` is the connection cut at the first file.
    `files_refused` drops every file whatever its size (a rate-limited post: only what was
    typed is shown again). Install before the body is read, after the rate limit is counted
    (`request_length` tells how much a post declares before it is read)."""

    def __init__(self, request=None, max_bytes: int | None = None, files_refused: bool = False):
        super().__init__(request)
        self.max_bytes = max_bytes or REQUEST_MAX_BYTES
        self.files_refused = files_refused
        self.received, self.exceeded, self.length = 0, False, 0

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        # The declared length is known before a byte of the body is read.
        self.length = content_length or 0
        self.exceeded = self.length > self.max_bytes
        return None

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        if self.length > CUT_OFF_FACTOR * self.max_bytes:
            raise StopUpload(connection_reset=True)
        if self.exceeded or self.files_refused:
            raise SkipFile

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.max_bytes:  # a body longer than it said
            self.exceeded = True
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None


def request_length(request) -> int:
    """The body length a request declares (CONTENT_LENGTH), known before any of it is read."""
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0


def upload_too_large(request) -> bool:
    """Whether RequestTooLarge dropped this request's files (read its POST first)."""
    return any(
        isinstance(handler, RequestTooLarge) and handler.exceeded
        for handler in request.upload_handlers
    )


def filesizeformat(size: int) -> str:
    """A size as the help texts write it, in one unit style per language ("8 MB", "8 Mo";
    Django's own filter says "Mio" in French while the forms say "Mo")."""
    megabytes = size / (1024 * 1024)
    if megabytes >= 1:
        decimals = 0 if megabytes.is_integer() or megabytes >= 10 else 1
        return _("%(size)s MB") % {"size": number_format(megabytes, decimals)}
    kilobytes = max(1, round(size / 1024))
    return _("%(size)s kB") % {"size": number_format(kilobytes, 0)}


def too_large_message(max_bytes: int) -> str:
    return _(
        "What you sent is too large (more than %(limit)s in all), so nothing was saved. What "
        "you typed is still here: please send smaller photos, or a link to the video instead "
        "of the file."
    ) % {"limit": filesizeformat(max_bytes)}


def photo_check(upload) -> str:
    """The extension of the photo's format ("jpg", "png", "webp", "gif"); ValidationError
    unless `upload` is a JPEG, PNG, WebP or GIF image of sane size."""
    if upload.size > PHOTO_MAX_BYTES:
        raise ValidationError(
            _("%(name)s is %(size)s; a photo may be at most %(limit)s.")
            % {
                "name": upload.name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(PHOTO_MAX_BYTES),
            }  # fmt: skip
        )
    # No warnings.catch_warnings() here: it swaps the filters of the whole process, which is
    # not thread-safe under gunicorn's threads. Opening reads only the header (Pillow raises
    # DecompressionBombError itself far past the cap); the pixel cap is checked before verify().
    try:
        upload.seek(0)
        with Image.open(upload, formats=list(PHOTO_FORMATS)) as image:
            kind = image.format
            width, height = image.size
            if width * height > PHOTO_MAX_PIXELS:
                raise ValidationError(
                    _("%(name)s has too many pixels; please send a smaller copy.")
                    % {"name": upload.name}
                )
            image.verify()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError,
            ValueError) as error:  # fmt: skip
        raise ValidationError(
            _("%(name)s is not a photo we can read (JPEG, PNG, WebP or GIF).")
            % {"name": upload.name}
        ) from error
    finally:
        upload.seek(0)
    return PHOTO_FORMATS[kind]


def video_check(upload) -> str:
    """The extension of the video's container ("mp4", "mov", "3gp", "webm", "mkv", "ogv"),
    from its structure; ValidationError for anything else."""
    if upload.size > VIDEO_MAX_BYTES:
        raise ValidationError(
            _("The video is %(size)s; it may be at most %(limit)s. A link to it works too.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(VIDEO_MAX_BYTES)}
        )
    try:
        kind = video_container(upload, size=upload.size)
    finally:
        upload.seek(0)
    if kind not in VIDEO_EXTENSIONS:
        raise ValidationError(
            _("This file is not a video we can show (MP4, WebM or Ogg). A link to the video "
              "works too.")
        )  # fmt: skip
    return kind


# The sound containers phones record into (ffmpeg's names), with the extension they are stored
# under: an AAC in MP4 (m4a, 3gp), AMR, Opus or Vorbis in Ogg or WebM, MP3, WAV.
VOICE_CONTAINERS = {"mov,mp4,m4a,3gp,3g2,mj2": "m4a", "amr": "amr", "ogg": "ogg",
                    "matroska,webm": "webm", "mp3": "mp3", "wav": "wav", "aac": "aac"}  # fmt: skip


def voice_check(upload) -> str:
    """The extension of a voice note's container ("m4a", "amr", "ogg", "webm", "mp3", "wav",
    "aac"), as ffmpeg reads it; ValidationError for anything that is not a sound of those
    containers, too large or too long."""
    if upload.size > VOICE_MAX_BYTES:
        raise ValidationError(
            _("The voice note is %(size)s; it may be at most %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(VOICE_MAX_BYTES)}
        )
    with upload_on_disk(upload) as path:
        probe = media_probe(path)
    extension = VOICE_CONTAINERS.get(probe.container) if probe and probe.audio else None
    if extension is None:
        raise ValidationError(
            _("This file is not a sound we can play (a phone's recording: M4A, AMR, Ogg, "
              "WebM or MP3).")
        )  # fmt: skip
    if probe.duration and probe.duration > VOICE_MAX_SECONDS:
        raise ValidationError(
            _("The voice note lasts %(minutes)s minutes; it may last at most %(limit)s minutes.")
            % {"minutes": round(probe.duration / 60, 1), "limit": VOICE_MAX_SECONDS // 60}
        )
    return extension


@contextmanager
def upload_on_disk(upload) -> Iterator[str]:
    """A path to the upload's content, for a program that reads files (ffmpeg): its temporary
    file when Django wrote one, else a copy removed afterwards."""
    if hasattr(upload, "temporary_file_path"):
        yield upload.temporary_file_path()
        return
    with tempfile.NamedTemporaryFile(suffix=".upload") as copy:
        upload.seek(0)
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        upload.seek(0)
        yield copy.name


def video_container(file, *, size: int) -> str | None:
    """The container of a seekable binary file of `size` bytes, as a key of VIDEO_TYPES, or
    None. Its structure is read, not only its first bytes: every top-level box of an MP4/MOV
    up to the end of the file (a movie box among them), the EBML header of WebM/Matroska with
    its document type and the segment after it, the first Ogg page and its codec. A file that
    merely starts like a video (`ftyp` followed by HTML) is none of these."""
    file.seek(0)
    head = file.read(4096)
    if head[4:8] == b"ftyp":
        return _iso_media(file, size)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return _matroska(head)
    if head.startswith(b"OggS"):
        return _ogg(head)
    return None


def _box_type(kind: bytes) -> bool:
    return len(kind) == 4 and all(0x20 <= byte < 0x7F or byte == 0xA9 for byte in kind)


def _iso_media(file, size: int) -> str | None:
    """ISO base media (MP4, MOV, 3GP, M4A): the file is a chain of boxes, `ftyp` first."""
    file.seek(0)
    ftyp = file.read(12)
    length, brand = int.from_bytes(ftyp[:4], "big"), ftyp[8:12]
    if not 16 <= length <= 1024 or (length - 16) % 4 or length > size or not _box_type(brand):
        return None
    offset, seen = length, set()
    while offset < size:
        if len(seen) > 64 or offset + 8 > size:
            return None
        file.seek(offset)
        header = file.read(16)
        length, kind = int.from_bytes(header[:4], "big"), header[4:8]
        if length == 1:  # a 64-bit size follows
            length = int.from_bytes(header[8:16], "big") if len(header) == 16 else 0
        elif length == 0:  # the last box runs to the end of the file
            length = size - offset
        if not _box_type(kind) or length < 8 or offset + length > size:
            return None
        seen.add(kind)
        offset += length
    if b"moov" not in seen:
        return None
    if brand == b"qt  ":
        return "mov"
    if brand.startswith((b"3gp", b"3g2")):
        return "3gp"
    if brand in (b"M4A ", b"M4B "):
        return "m4a"
    return "mp4"


def _ebml_number(data: bytes, pos: int, *, marker: bool) -> tuple[int, int]:
    """An EBML variable-length number at `pos` (element ids keep their length marker, sizes
    do not) and the position after it; ValueError when it does not fit in `data`."""
    if pos >= len(data) or data[pos] == 0:
        raise ValueError("not an EBML number")
    length = 9 - data[pos].bit_length()
    if pos + length > len(data):
        raise ValueError("truncated")
    value = int.from_bytes(data[pos : pos + length], "big")
    return (value if marker else value & ((1 << (7 * length)) - 1)), pos + length


def _matroska(head: bytes) -> str | None:
    """WebM and Matroska: an EBML header naming the document type, then a Segment."""
    try:
        _id, pos = _ebml_number(head, 0, marker=True)
        length, pos = _ebml_number(head, pos, marker=False)
        end, doctype = pos + length, None
        if end > len(head):
            return None
        while pos < end:
            element, pos = _ebml_number(head, pos, marker=True)
            length, pos = _ebml_number(head, pos, marker=False)
            if element == 0x4282:  # DocType
                doctype = head[pos : pos + length].rstrip(b"\0")
            pos += length
        segment, _pos = _ebml_number(head, end, marker=True)
    except ValueError:
        return None
    if pos != end or segment != 0x18538067:
        return None
    return {b"webm": "webm", b"matroska": "mkv"}.get(doctype)


def _ogg(head: bytes) -> str | None:
    """Ogg: the first page starts a stream (version 0, "beginning of stream"); its first
    packet names the codec: Theora for a video, Vorbis, Opus, FLAC or Speex for a sound."""
    if len(head) < 28 or head[4] != 0 or not head[5] & 0x02:
        return None
    packet = head[27 + head[26] :][:8]
    if packet.startswith(b"\x80theora"):
        return "ogv"
    if packet.startswith((b"\x01vorbis", b"OpusHead", b"\x7fFLAC", b"Speex   ")):
        return "oga"
    return None


def media_content_type(path: str) -> str:
    """What a stored file really is, as the Content-Type the media view may send: an image
    (Pillow), a video or a sound from the allow-lists above; application/octet-stream for
    anything else, whatever its name. Remembered per file version (path, mtime, size)."""
    stat = os.stat(path)
    return _content_type(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4096)
def _content_type(path: str, _mtime_ns: int, size: int) -> str:
    with open(path, "rb") as file:
        try:  # only the header is read (a DecompressionBombWarning is merely logged)
            with Image.open(file, formats=list(IMAGE_TYPES)) as image:
                return IMAGE_TYPES[image.format]
        except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError,
                ValueError, KeyError):  # fmt: skip
            pass
        container = video_container(file, size=size)
        if container is not None:
            return VIDEO_TYPES[container]
        file.seek(0)
        sound = filetype.audio_match(file.read(8192))
    return sound.mime if sound is not None and sound.mime in AUDIO_TYPES else OCTET_STREAM
