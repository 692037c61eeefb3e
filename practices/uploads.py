"""Checking what farmers upload: by size first (before anything is read into memory), then by
content — images decoded by Pillow (decompression bombs refused, SVG never accepted), videos by
their container's signature. The file name and the browser's content type are not trusted.
"""

import warnings

from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from PIL import Image, UnidentifiedImageError

PHOTO_MAX_BYTES = 8 * 1024 * 1024
VIDEO_MAX_BYTES = 100 * 1024 * 1024
MAX_PHOTOS = 5
# Everything one submission may carry, with room for the text fields.
REQUEST_MAX_BYTES = MAX_PHOTOS * PHOTO_MAX_BYTES + VIDEO_MAX_BYTES + 1024 * 1024
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
PHOTO_MAX_PIXELS = 40_000_000  # a 40-megapixel photo; Pillow refuses far bigger by default
VIDEO_SIGNATURES = {
    "mp4": lambda head: head[4:8] == b"ftyp",  # MP4, MOV, 3GP (what phones record)
    "webm": lambda head: head.startswith(b"\x1a\x45\xdf\xa3"),  # WebM, Matroska
    "ogg": lambda head: head.startswith(b"OggS"),
}


class RequestTooLarge(FileUploadHandler):
    """Stops reading a request's files once they exceed REQUEST_MAX_BYTES, so that a huge post
    never fills the disk. Install before the request's body is read."""

    def __init__(self, request=None, max_bytes: int = REQUEST_MAX_BYTES):
        super().__init__(request)
        self.max_bytes, self.received = max_bytes, 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.max_bytes:
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size):
        return None


def photo_check(upload) -> None:
    """ValidationError unless `upload` is a JPEG, PNG, WebP or GIF image of sane size."""
    if upload.size > PHOTO_MAX_BYTES:
        raise ValidationError(
            _("%(name)s is %(size)s; a photo may be at most %(limit)s.")
            % {
                "name": upload.name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(PHOTO_MAX_BYTES),
            }  # fmt: skip
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload) as image:
                kind = image.format
                width, height = image.size
                image.verify()
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            OSError, SyntaxError, ValueError) as error:  # fmt: skip
        raise ValidationError(
            _("%(name)s is not a photo we can read (JPEG, PNG, WebP or GIF).")
            % {"name": upload.name}
        ) from error
    finally:
        upload.seek(0)
    if kind not in PHOTO_FORMATS:
        raise ValidationError(
            _("%(name)s is not a photo we can read (JPEG, PNG, WebP or GIF).")
            % {"name": upload.name}
        )
    if width * height > PHOTO_MAX_PIXELS:
        raise ValidationError(
            _("%(name)s has too many pixels; please send a smaller copy.") % {"name": upload.name}
        )


def video_check(upload) -> str:
    """The video's container ("mp4", "webm", "ogg"); ValidationError for anything else."""
    if upload.size > VIDEO_MAX_BYTES:
        raise ValidationError(
            _("The video is %(size)s; it may be at most %(limit)s. A link to it works too.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(VIDEO_MAX_BYTES)}
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    for kind, matches in VIDEO_SIGNATURES.items():
        if matches(head):
            return kind
    raise ValidationError(
        _("This file is not a video we can show (MP4, WebM or Ogg). A link to the video works too.")
    )
