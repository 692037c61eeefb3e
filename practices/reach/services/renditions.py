"""Making the small renditions of an uploaded video or sound with ffmpeg (the binary that
imageio-ffmpeg ships, practices.media_probe.ffmpeg_exe):

- a video: a small MP4 (H.264 baseline, at most 360 lines high, AAC mono, `faststart` so a
  phone starts playing before the end arrives), an audio-only M4A (AAC mono 48 kb/s, for
  radio and for listening on a thin connection) and a WebP poster;
- a sound (a farmer's voice note): the audio-only M4A.

AAC in MP4 plays in every phone browser (Opus in Ogg or WebM does not on older iPhones). A
failure is kept on the renditions' row (status and ffmpeg's last words) for the editor, and
the page shows the transcript and no broken player.
"""

import logging
import subprocess
import tempfile
from pathlib import Path

from django.core.files import File
from django.utils.translation import gettext as _

from wagtailmedia.models import get_media_model

from practices.media_probe import Probe, ffmpeg_exe, media_probe
from practices.reach.models import MediaRenditions, RenditionStatus
from practices.services.uploads import stored_name

logger = logging.getLogger(__name__)

MAX_HEIGHT = 360
VIDEO_ARGS = [
    # Even dimensions (H.264 needs them), never enlarged, at most MAX_HEIGHT lines.
    "-vf", f"scale=-2:'min({MAX_HEIGHT},trunc(ih/2)*2)'",
    "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "baseline", "-pix_fmt", "yuv420p",
    "-crf", "30", "-maxrate", "450k", "-bufsize", "900k", "-r", "25",
]  # fmt: skip
AUDIO_ARGS = ["-c:a", "aac", "-ac", "1", "-b:a", "48k"]
MP4_ARGS = ["-movflags", "+faststart"]
POSTER_ARGS = ["-frames:v", "1", "-vf", f"scale=-2:'min({MAX_HEIGHT},trunc(ih/2)*2)'",
               "-c:v", "libwebp", "-quality", "70"]  # fmt: skip
# A transcode may take this long per second of media, plus a minute (a slow, shared machine).
SECONDS_PER_SECOND = 3
ERROR_LINES = 6  # of ffmpeg's output kept for the editor


class TranscodeFailed(Exception):
    pass


def renditions_make(*, media_id: int) -> MediaRenditions | None:
    """Make (again) the renditions of the wagtailmedia file `media_id`; the row saying how it
    went (None if the media is gone). Renditions already made from the same file are kept."""
    media = get_media_model().objects.filter(pk=media_id).first()
    if media is None or not media.file:
        return None
    renditions = MediaRenditions.objects.get_or_create(media=media)[0]
    if renditions.ready and renditions.source_name == media.file.name:
        return renditions
    _files_delete(renditions)
    renditions.source_name = media.file.name
    try:
        with tempfile.TemporaryDirectory(prefix="terroir-reach-") as directory:
            made = transcode(_local_copy(media.file, Path(directory)), Path(directory),
                             video=media.type == "video")  # fmt: skip
            for field, path in made.items():
                with path.open("rb") as content:
                    getattr(renditions, field).save(stored_name(path.suffix[1:]), File(content),
                                                    save=False)  # fmt: skip
            renditions.duration = (media_probe(made["audio"]) or _NO_PROBE).duration
    except TranscodeFailed as error:
        logger.warning("Renditions of media %s failed: %s", media_id, error)
        _files_delete(renditions)
        renditions.status, renditions.error = RenditionStatus.FAILED, str(error)
    else:
        renditions.status, renditions.error = RenditionStatus.DONE, ""
    renditions.save()
    return renditions


_NO_PROBE = Probe(container="", duration=None, video=None, audio=None)


def transcode(source: Path, directory: Path, *, video: bool) -> dict[str, Path]:
    """The renditions of `source`, written in `directory`: {"video", "audio", "poster"} for a
    video, {"audio"} for a sound; TranscodeFailed (with ffmpeg's reason) otherwise."""
    probe = media_probe(source)
    if probe is None or not (probe.audio or probe.video):
        raise TranscodeFailed(_("ffmpeg finds no sound or picture in this file."))
    if video and not probe.video:
        raise TranscodeFailed(_("This file has no picture: upload it as a sound."))
    if not probe.audio and not video:
        raise TranscodeFailed(_("This file has no sound."))
    timeout = 60 + SECONDS_PER_SECOND * (probe.duration or 600)
    made = {}
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-i", str(source)]
    if video:
        made["video"] = directory / "small.mp4"
        sound = ["-map", "0:a:0", *AUDIO_ARGS, "-b:a", "64k"] if probe.audio else ["-an"]
        command += ["-map", "0:v:0", *VIDEO_ARGS, *sound, *MP4_ARGS, str(made["video"])]
    if probe.audio:
        made["audio"] = directory / "audio.m4a"
        command += ["-map", "0:a:0", "-vn", *AUDIO_ARGS, *MP4_ARGS, str(made["audio"])]
    _run(command, timeout=timeout)
    if video:
        made["poster"] = directory / "poster.webp"
        at = min(1.0, (probe.duration or 0) / 3)
        _run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-ss", f"{at:.2f}", "-i",
              str(source), *POSTER_ARGS, str(made["poster"])], timeout=60)  # fmt: skip
    for path in made.values():
        if not path.is_file() or path.stat().st_size == 0:
            raise TranscodeFailed(_("ffmpeg made an empty file from this one."))
    return made


def _run(command: list[str], *, timeout: float) -> None:
    try:
        completed = subprocess.run(command, capture_output=True, timeout=timeout, check=False)  # noqa: S603
    except subprocess.TimeoutExpired as error:
        raise TranscodeFailed(_("ffmpeg took too long on this file.")) from error
    if completed.returncode != 0:
        last = completed.stderr.decode("utf-8", "replace").strip().splitlines()[-ERROR_LINES:]
        raise TranscodeFailed("\n".join(last) or _("ffmpeg could not read this file."))


def _local_copy(field_file, directory: Path) -> Path:
    """The media's file as a path ffmpeg can read: itself on local storage, else a copy."""
    try:
        return Path(field_file.path)
    except NotImplementedError:  # remote storage (S3): no path
        copy = directory / f"source{Path(field_file.name).suffix}"
        with field_file.open("rb") as source, copy.open("wb") as out:
            for chunk in source.chunks():
                out.write(chunk)
        return copy


def _files_delete(renditions: MediaRenditions) -> None:
    for field in (renditions.video, renditions.audio, renditions.poster):
        if field:
            field.storage.delete(field.name)
            field.name = ""


def renditions_mark_pending(*, media) -> bool:
    """Note that the renditions of `media` are to be made (again); whether they are, i.e. its
    file is not the one the current renditions were made from."""
    renditions = MediaRenditions.objects.filter(media=media).first()
    if renditions is not None and renditions.source_name == media.file.name:
        return False
    MediaRenditions.objects.update_or_create(
        media=media, defaults={"status": RenditionStatus.PENDING, "error": ""}
    )
    return True
