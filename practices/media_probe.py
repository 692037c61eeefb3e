"""What a sound or video file holds, as ffmpeg reads it: its container, duration and streams.

The ffmpeg binary is the one imageio-ffmpeg ships (requirements.txt), so nothing depends on
what the machine has installed. imageio-ffmpeg ships no ffprobe: `ffmpeg -i FILE` without an
output prints the same header (and exits 1), and that header is read here, as imageio-ffmpeg
itself does for its readers. Only the header is read: a file that cannot be decoded further
fails later, when it is transcoded (practices.reach).
"""

import functools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg

PROBE_SECONDS = 30  # a header is read in milliseconds; a hostile file gets no longer

_INPUT = re.compile(r"^Input #0, (.+?), from ", re.MULTILINE)
_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_STREAM = re.compile(r"Stream #0:\d+\S*: (Video|Audio): (\w+)(.*)$", re.MULTILINE)
_SIZE = re.compile(r", (\d{2,5})x(\d{2,5})\b")


@dataclass(frozen=True)
class Probe:
    container: str  # ffmpeg's name of the demuxer, e.g. "mov,mp4,m4a,3gp,3g2,mj2", "ogg"
    duration: float | None  # seconds
    video: str | None  # codec of the first video stream
    audio: str | None  # codec of the first audio stream
    width: int | None = None
    height: int | None = None


@functools.cache
def ffmpeg_exe() -> str:
    return imageio_ffmpeg.get_ffmpeg_exe()


def media_probe(path: str | Path) -> Probe | None:
    """The container, duration and streams of the file at `path`; None when ffmpeg recognises
    no media in it."""
    try:
        completed = subprocess.run(  # noqa: S603 - see the import
            [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
            capture_output=True,
            timeout=PROBE_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    return probe_parse(completed.stderr.decode("utf-8", "replace"))


def probe_parse(header: str) -> Probe | None:
    """The Probe of ffmpeg's printed header (`ffmpeg -i FILE`), None without any stream."""
    found = _INPUT.search(header)
    streams = _STREAM.findall(header)
    if found is None or not streams:
        return None
    duration = None
    if match := _DURATION.search(header):
        hours, minutes, seconds = match.groups()
        duration = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    video = next(((codec, rest) for kind, codec, rest in streams if kind == "Video"), None)
    audio = next((codec for kind, codec, _rest in streams if kind == "Audio"), None)
    size = _SIZE.search(video[1]) if video else None
    return Probe(
        container=found.group(1),
        duration=duration,
        video=video[0] if video else None,
        audio=audio,
        width=int(size.group(1)) if size else None,
        height=int(size.group(2)) if size else None,
    )
